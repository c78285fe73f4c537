#include "RemovalWizard.h"

#include "bounces/BounceLedger.h"
#include "removal/RemovalDraft.h"
#include "removal/RemovalRequests.h"
#include "reputation/CaresResolver.h"
#include "support/Files.h"
#include "support/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString ErrorStyle = u"color: #b3261e;"_s;

// Where a request goes: the list the text names, else the provider that refused.
QString providerTitle(const BlockProvider& provider)
{
    return provider.name;
}

bool isFixTopic(const QByteArray& topic)
{
    static const QList<QByteArray> topics {"spf", "ptr", "dmarc", "alignment", "dkim", "helo"};
    return topics.contains(topic);
}

QList<ReputationFinding> fixesOf(const ReputationReport& report)
{
    QList<ReputationFinding> fixes;
    for (const ReputationFinding& finding : report.findings) {
        if (finding.severity != ReputationSeverity::Info && isFixTopic(finding.topic))
            fixes.append(finding);
    }
    return fixes;
}

QLabel* wrappingLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}

// ---- 1. What happened ----

class WhatHappenedPage : public QWizardPage
{
public:
    explicit WhatHappenedPage(RemovalWizard& wizard) : m_wizard(wizard)
    {
        setTitle(RemovalWizard::tr("What Happened"));
        setSubTitle(RemovalWizard::tr("The refusal from a bounce: Mailroom recognises the provider or list and its "
                                      "code. Correct what it got wrong."));
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(u"bounceText"_s);
        m_text->setPlaceholderText(RemovalWizard::tr("Paste the refusal here: a log line, the server's reply from a "
                                                     "bounce notification, or the whole notification."));
        m_text->setTabChangesFocus(true);
        auto* textLabel = new QLabel(RemovalWizard::tr("The &refusal:"), this);
        textLabel->setBuddy(m_text);
        m_recognised = wrappingLabel({}, this);
        m_recognised->setObjectName(u"recognised"_s);
        m_provider = new QComboBox(this);
        m_provider->setObjectName(u"provider"_s);
        m_provider->addItem(RemovalWizard::tr("Not recognised (choose if you know it)"), QString());
        QList<const BlockProvider*> providers;
        for (const BlockProvider& provider : BlockKnowledge::builtIn().providers())
            providers.append(&provider);
        std::sort(providers.begin(), providers.end(), [](const BlockProvider* a, const BlockProvider* b) {
            return QString::localeAwareCompare(a->name, b->name) < 0;
        });
        for (const BlockProvider* provider : std::as_const(providers))
            m_provider->addItem(providerTitle(*provider), provider->id);
        m_code = new QLineEdit(this);
        m_code->setObjectName(u"blockCode"_s);
        m_ip = new QLineEdit(this);
        m_ip->setObjectName(u"sendingAddress"_s);
        m_ip->setPlaceholderText(u"203.0.113.5"_s);
        m_meaning = wrappingLabel({}, this);
        m_meaning->setObjectName(u"meaning"_s);

        auto* form = new QFormLayout;
        form->addRow(RemovalWizard::tr("Request &goes to:"), m_provider);
        form->addRow(RemovalWizard::tr("Block &code:"), m_code);
        form->addRow(RemovalWizard::tr("Sending &address:"), m_ip);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(textLabel);
        layout->addWidget(m_text, 1);
        layout->addWidget(m_recognised);
        layout->addLayout(form);
        layout->addWidget(m_meaning);

        connect(m_text, &QPlainTextEdit::textChanged, this, &WhatHappenedPage::recognise);
        connect(m_provider, &QComboBox::activated, this, [this] { m_providerChosen = true; });
        connect(m_code, &QLineEdit::textEdited, this, [this] { m_codeEdited = true; });
        connect(m_ip, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_ip, &QLineEdit::textEdited, this, [this] { m_ipEdited = true; });
    }

    void setText(const QString& text) { m_text->setPlainText(text); }

    void initializePage() override
    {
        if (m_text->toPlainText().isEmpty())
            recognise();
    }

    bool isComplete() const override
    {
        return !m_text->toPlainText().trimmed().isEmpty() && !QHostAddress(m_ip->text().trimmed()).isNull();
    }

    bool validatePage() override
    {
        RemovalWizard::State& state = m_wizard.state();
        state.bounceText = m_text->toPlainText().trimmed();
        state.provider = BlockKnowledge::builtIn().provider(m_provider->currentData().toString());
        state.code = m_code->text().trimmed();
        state.ip = QHostAddress(m_ip->text().trimmed());
        return true;
    }

private:
    void recognise()
    {
        RemovalWizard::State& state = m_wizard.state();
        state.recognition = BlockKnowledge::builtIn().identify(m_text->toPlainText().toUtf8());
        const BlockRecognition& r = state.recognition;
        const BlockProvider* goesTo = r.removalAt ? r.removalAt : r.provider;
        if (!m_providerChosen)
            m_provider->setCurrentIndex(std::max(0, m_provider->findData(goesTo ? goesTo->id : QString())));
        if (!m_codeEdited)
            m_code->setText(r.code);
        if (!m_ipEdited) {
            const QStringList known = m_wizard.settings().sendingAddresses();
            m_ip->setText(!r.ip.isNull() ? r.ip.toString() : known.value(0));
        }

        QString text;
        switch (r.certainty) {
        case BlockRecognition::Certainty::Sure:
            text = RemovalWizard::tr("<b>Recognised:</b> %1, from its own words: “%2”.")
                       .arg(r.provider->name.toHtmlEscaped(), r.evidence.toHtmlEscaped());
            break;
        case BlockRecognition::Certainty::Likely:
            text = r.provider ? RemovalWizard::tr("<b>Probably</b> %1: “%2”. Mailroom does not know this code; check "
                                                  "the provider below.")
                                    .arg(r.provider->name.toHtmlEscaped(), r.evidence.toHtmlEscaped())
                              : RemovalWizard::tr("<b>A block</b> (“%1”), but Mailroom cannot tell by whom. Choose the "
                                                  "provider below if you know it.")
                                    .arg(r.evidence.toHtmlEscaped());
            break;
        case BlockRecognition::Certainty::None:
            text = m_text->toPlainText().trimmed().isEmpty()
                ? QString()
                : RemovalWizard::tr("<b>Not recognised.</b> This is no refusal Mailroom knows. Choose the provider "
                                    "below if you know it, or go on: the checks show whether the address is listed.");
            break;
        }
        if (r.provider && r.removalAt && r.removalAt != r.provider) {
            text += u' '
                + RemovalWizard::tr("%1 refused because %2 lists the address: the request goes to %2.")
                      .arg(r.provider->name.toHtmlEscaped(), r.removalAt->name.toHtmlEscaped());
        }
        m_recognised->setText(text);
        m_meaning->setText(r.kind == BlockKind::Unknown || r.meaning.isEmpty()
                ? QString()
                : RemovalWizard::tr("<b>What it means:</b> %1")
                      .arg(BlockKnowledge::translated(r.meaning).toHtmlEscaped()));
        Q_EMIT completeChanged();
    }

    RemovalWizard& m_wizard;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_recognised = nullptr;
    QComboBox* m_provider = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_ip = nullptr;
    QLabel* m_meaning = nullptr;
    bool m_providerChosen = false;
    bool m_codeEdited = false;
    bool m_ipEdited = false;
};

// ---- 2. Checks ----

class ChecksPage : public QWizardPage
{
public:
    explicit ChecksPage(RemovalWizard& wizard) : m_wizard(wizard)
    {
        setTitle(RemovalWizard::tr("Checks"));
        setSubTitle(RemovalWizard::tr("Where the address is listed, and what is wrong with the domain's DNS."));
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(u"checkProgress"_s);
        m_progress->setFormat(RemovalWizard::tr("%v of %m checks"));
        m_stop = new QPushButton(RemovalWizard::tr("&Stop"), this);
        m_stop->setObjectName(u"stopCheck"_s);
        m_result = new QTextBrowser(this);
        m_result->setObjectName(u"checkResult"_s);
        m_result->setOpenExternalLinks(true);
        auto* bar = new QHBoxLayout;
        bar->addWidget(m_progress, 1);
        bar->addWidget(m_stop);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(bar);
        layout->addWidget(m_result, 1);
        connect(m_stop, &QPushButton::clicked, this, [this] {
            m_wizard.cancelCheck();
            finish(nullptr);
        });
    }

    void initializePage() override
    {
        m_done = false;
        m_result->setHtml(RemovalWizard::tr("<p>Checking %1…</p>").arg(m_wizard.state().ip.toString()));
        m_progress->show();
        m_stop->setEnabled(true);
        m_progress->setRange(0, 0);
        m_wizard.runCheck(
            [this](int done, int total) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
            },
            [this](const ReputationReport& report) { finish(&report); });
        Q_EMIT completeChanged();
    }

    void cleanupPage() override { m_wizard.cancelCheck(); }

    bool isComplete() const override { return m_done; }

private:
    void finish(const ReputationReport* report)
    {
        RemovalWizard::State& state = m_wizard.state();
        m_done = true;
        m_progress->hide();
        m_stop->setEnabled(false);
        if (!report) {
            m_result->setHtml(RemovalWizard::tr("<p>The checks were stopped. Go on to write the request without them, "
                                                "or go back and forward to check again.</p>"));
            Q_EMIT completeChanged();
            return;
        }
        state.firstReport = *report;
        state.report = *report;
        state.fixed.clear();
        QString listed;
        QString unknown;
        int clear = 0;
        for (const ReputationFinding& f : report->findings) {
            if (f.topic != "blocklist" && f.topic != "senderscore")
                continue;
            const QString item = u"<li><b>%1</b><br>%2</li>"_s.arg(f.title.toHtmlEscaped(), f.detail.toHtmlEscaped());
            if (f.severity == ReputationSeverity::Problem)
                listed += item;
            else if (f.severity == ReputationSeverity::Warning)
                unknown += item;
            else
                ++clear;
        }
        QString html;
        if (!listed.isEmpty())
            html += RemovalWizard::tr("<h3>Listed</h3><ul>%1</ul>").arg(listed);
        else if (clear > 0)
            html += RemovalWizard::tr("<h3>Not listed on any blocklist that answered</h3>");
        else
            html += RemovalWizard::tr("<h3>No blocklist gave an answer</h3>");
        if (!unknown.isEmpty()) {
            html += RemovalWizard::tr("<h3>Could not be checked</h3><p>These gave no answer Mailroom can trust; "
                                      "they are not counted as listings.</p><ul>%1</ul>")
                        .arg(unknown);
        }
        const qsizetype fixes = fixesOf(*report).size();
        html += fixes == 0 ? RemovalWizard::tr("<p>SPF, DKIM, DMARC, reverse DNS and HELO show nothing to fix.</p>")
                           : RemovalWizard::tr("<p>%n thing(s) to fix in the domain's DNS or the server: see the next "
                                               "page.</p>",
                               nullptr, int(fixes));
        m_result->setHtml(html);
        Q_EMIT completeChanged();
    }

    RemovalWizard& m_wizard;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
    QTextBrowser* m_result = nullptr;
    bool m_done = false;
};

// ---- 3. Fix first ----

class FixFirstPage : public QWizardPage
{
public:
    explicit FixFirstPage(RemovalWizard& wizard) : m_wizard(wizard)
    {
        setTitle(RemovalWizard::tr("Fix First"));
        setSubTitle(RemovalWizard::tr("Providers usually refuse a request while these are wrong. Fix them, then "
                                      "check again."));
        m_list = new QWidget(this);
        m_list->setObjectName(u"fixList"_s);
        m_listLayout = new QVBoxLayout(m_list);
        auto* scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setWidget(m_list);
        m_again = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), RemovalWizard::tr("Check &Again"), this);
        m_again->setObjectName(u"checkAgain"_s);
        m_state = new QLabel(this);
        m_state->setObjectName(u"fixState"_s);
        m_state->setWordWrap(true);
        m_anyway = new QCheckBox(RemovalWizard::tr("Ask for removal &without fixing"), this);
        m_anyway->setObjectName(u"sendAnyway"_s);
        auto* bar = new QHBoxLayout;
        bar->addWidget(m_again);
        bar->addWidget(m_state, 1);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(scroll, 1);
        layout->addLayout(bar);
        layout->addWidget(m_anyway);
        connect(m_anyway, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        connect(m_again, &QPushButton::clicked, this, &FixFirstPage::checkAgain);
    }

    void initializePage() override
    {
        m_anyway->setChecked(false);
        rebuild();
    }

    void cleanupPage() override
    {
        m_wizard.cancelCheck(); // its answer never comes: the page is as before the check
        m_again->setEnabled(true);
        m_state->clear();
    }

    bool isComplete() const override { return !m_wizard.isChecking() && (m_problems == 0 || m_anyway->isChecked()); }

private:
    void checkAgain()
    {
        m_again->setEnabled(false);
        m_state->setText(RemovalWizard::tr("Checking again…"));
        Q_EMIT completeChanged();
        m_wizard.runCheck({}, [this](const ReputationReport& report) {
            RemovalWizard::State& state = m_wizard.state();
            state.report = report;
            // What the first check found and this one no longer does was fixed meanwhile.
            state.fixed.clear();
            const QList<ReputationFinding> now = fixesOf(report);
            for (const ReputationFinding& before : fixesOf(state.firstReport.value_or(report))) {
                const bool still = std::any_of(
                    now.begin(), now.end(), [&](const ReputationFinding& f) { return f.title == before.title; });
                if (!still)
                    state.fixed.append(before.title);
            }
            m_again->setEnabled(true);
            rebuild();
            Q_EMIT completeChanged();
        });
    }

    void rebuild()
    {
        while (QLayoutItem* item = m_listLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        const RemovalWizard::State& state = m_wizard.state();
        const QList<ReputationFinding> fixes = state.report ? fixesOf(*state.report) : QList<ReputationFinding>();
        m_problems = 0;
        for (const ReputationFinding& fix : fixes) {
            m_problems += fix.severity == ReputationSeverity::Problem ? 1 : 0;
            auto* box = new QGroupBox(fix.title, m_list);
            box->setObjectName(u"fix"_s);
            auto* boxLayout = new QVBoxLayout(box);
            boxLayout->addWidget(wrappingLabel(fix.detail, box));
            if (!fix.fixRecord.isEmpty()) {
                auto* row = new QHBoxLayout;
                auto* record = new QLineEdit(QString::fromUtf8(fix.fixRecord), box);
                record->setReadOnly(true);
                record->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
                auto* copy = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), RemovalWizard::tr("Copy"), box);
                const QString text = record->text();
                connect(copy, &QPushButton::clicked, copy, [text] { QApplication::clipboard()->setText(text); });
                row->addWidget(new QLabel(RemovalWizard::tr("TXT at %1:").arg(fix.fixName), box));
                row->addWidget(record, 1);
                row->addWidget(copy);
                boxLayout->addLayout(row);
            }
            auto* again = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), RemovalWizard::tr("Check Again"), box);
            again->setEnabled(m_again->isEnabled());
            connect(again, &QPushButton::clicked, this, &FixFirstPage::checkAgain);
            boxLayout->addWidget(again, 0, Qt::AlignRight);
            m_listLayout->addWidget(box);
        }
        if (const BlockRecognition& r = state.recognition; r.kind == BlockKind::Content || r.kind == BlockKind::Rate) {
            auto* box = new QGroupBox(RemovalWizard::tr("Content and volume"), m_list);
            auto* boxLayout = new QVBoxLayout(box);
            boxLayout->addWidget(wrappingLabel(
                RemovalWizard::tr("The refusal is about what or how much the board sends. Send alerts only to people "
                                  "who confirmed their address, remove addresses that bounce, keep a one-click "
                                  "unsubscribe link, and spread large sends over the day."),
                box));
            m_listLayout->addWidget(box);
        }
        if (fixes.isEmpty()) {
            m_listLayout->addWidget(wrappingLabel(state.report
                    ? RemovalWizard::tr("Nothing to fix first: SPF, DKIM, DMARC, reverse DNS and HELO look "
                                        "right.")
                    : RemovalWizard::tr("The checks did not run, so Mailroom cannot say what to fix."),
                m_list));
        }
        m_listLayout->addStretch(1);
        QString summary;
        if (!state.fixed.isEmpty())
            summary = RemovalWizard::tr("Fixed since the first check: %1.").arg(state.fixed.join(u"; "_s));
        if (m_problems > 0) {
            summary += (summary.isEmpty() ? QString() : u" "_s)
                + RemovalWizard::tr("A request sent before these are fixed is usually refused.");
        }
        m_state->setText(summary);
        m_anyway->setVisible(m_problems > 0);
    }

    RemovalWizard& m_wizard;
    QWidget* m_list = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
    QPushButton* m_again = nullptr;
    QLabel* m_state = nullptr;
    QCheckBox* m_anyway = nullptr;
    int m_problems = 0;
};

// ---- 4. The request ----

class RequestPage : public QWizardPage
{
public:
    explicit RequestPage(RemovalWizard& wizard) : m_wizard(wizard)
    {
        setTitle(RemovalWizard::tr("The Request"));
        m_name = field(u"ownerName"_s, RemovalWizard::tr("Dana Gruber"));
        m_email = field(u"ownerEmail"_s, RemovalWizard::tr("postmaster@jobs.example"));
        m_phone = field(u"ownerPhone"_s, RemovalWizard::tr("optional"));
        m_boardName = field(u"boardName"_s, RemovalWizard::tr("Jobs Example"));
        m_boardUrl = field(u"boardUrl"_s, u"https://jobs.example"_s);
        m_imprint = field(u"imprintUrl"_s, RemovalWizard::tr("optional; T-Online asks for it"));
        m_volume = new QSpinBox(this);
        m_volume->setObjectName(u"dailyVolume"_s);
        m_volume->setRange(0, 10000000);
        m_volume->setSpecialValueText(RemovalWizard::tr("not said"));
        m_dedicated = new QCheckBox(RemovalWizard::tr("The address sends only the board's &mail"), this);
        m_dedicated->setObjectName(u"dedicatedIp"_s);
        auto* kinds = new QHBoxLayout;
        for (const QString& key : RemovalDraft::mailKinds()) {
            auto* box = new QCheckBox(RemovalDraft::mailKindText(key), this);
            box->setObjectName(u"kind-"_s + key);
            box->setProperty("kind", key);
            m_kinds.append(box);
            kinds->addWidget(box);
            connect(box, &QCheckBox::toggled, this, &RequestPage::refresh);
        }
        auto* details = new QGroupBox(RemovalWizard::tr("Your details (kept for next time)"), this);
        auto* form = new QFormLayout(details);
        form->addRow(RemovalWizard::tr("&Name:"), m_name);
        form->addRow(RemovalWizard::tr("&E-mail:"), m_email);
        form->addRow(RemovalWizard::tr("&Phone:"), m_phone);
        form->addRow(RemovalWizard::tr("Boa&rd:"), m_boardName);
        form->addRow(RemovalWizard::tr("Board &web address:"), m_boardUrl);
        form->addRow(RemovalWizard::tr("&Legal notice:"), m_imprint);
        form->addRow(RemovalWizard::tr("The board sends:"), kinds);
        form->addRow(RemovalWizard::tr("Messages a &day:"), m_volume);
        form->addRow(QString(), m_dedicated);

        m_letter = new QPlainTextEdit(this);
        m_letter->setObjectName(u"draft"_s);
        m_letter->setTabChangesFocus(true);
        m_missing = new QLabel(this);
        m_missing->setObjectName(u"draftMissing"_s);
        m_missing->setWordWrap(true);
        m_missing->setStyleSheet(ErrorStyle);
        auto* rewrite = new QPushButton(RemovalWizard::tr("Write A&gain"), this);
        rewrite->setToolTip(RemovalWizard::tr("Write the letter again from the template, dropping your edits."));
        auto* copy = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), RemovalWizard::tr("&Copy"), this);
        copy->setObjectName(u"copyDraft"_s);
        m_open = new QPushButton(QIcon::fromTheme(u"internet-web-browser"_s), RemovalWizard::tr("&Open Form"), this);
        m_open->setObjectName(u"openForm"_s);
        auto* saveText = new QPushButton(RemovalWizard::tr("Save as &Text…"), this);
        auto* saveEml = new QPushButton(RemovalWizard::tr("Sa&ve as .eml…"), this);
        auto* buttons = new QHBoxLayout;
        for (QPushButton* button : {rewrite, copy, m_open, saveText, saveEml})
            buttons->addWidget(button);
        buttons->addStretch(1);
        auto* letterPane = new QWidget(this);
        auto* letterLayout = new QVBoxLayout(letterPane);
        letterLayout->setContentsMargins(0, 0, 0, 0);
        letterLayout->addWidget(m_letter, 1);
        letterLayout->addWidget(m_missing);
        letterLayout->addLayout(buttons);

        m_checklist = new QListWidget(this);
        m_checklist->setObjectName(u"checklist"_s);
        m_checklistNote = wrappingLabel({}, this);
        auto* checklistPane = new QWidget(this);
        auto* checklistLayout = new QVBoxLayout(checklistPane);
        checklistLayout->setContentsMargins(0, 0, 0, 0);
        checklistLayout->addWidget(m_checklistNote);
        checklistLayout->addWidget(m_checklist, 1);

        m_body = new QStackedWidget(this);
        m_body->addWidget(letterPane);
        m_body->addWidget(checklistPane);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(details);
        layout->addWidget(m_body, 1);

        for (QLineEdit* edit : {m_name, m_email, m_phone, m_boardName, m_boardUrl, m_imprint})
            connect(edit, &QLineEdit::textChanged, this, &RequestPage::refresh);
        connect(m_volume, &QSpinBox::valueChanged, this, &RequestPage::refresh);
        connect(m_dedicated, &QCheckBox::toggled, this, &RequestPage::refresh);
        connect(m_letter, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_writing)
                m_edited = true;
        });
        connect(rewrite, &QPushButton::clicked, this, [this] {
            m_edited = false;
            refresh();
        });
        connect(
            copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_letter->toPlainText()); });
        connect(m_open, &QPushButton::clicked, this, [this] {
            if (const BlockProvider* p = m_wizard.state().provider; p && !p->removalUrl.isEmpty())
                QDesktopServices::openUrl(QUrl(p->removalUrl));
        });
        connect(saveText, &QPushButton::clicked, this, [this] { save(false); });
        connect(saveEml, &QPushButton::clicked, this, [this] { save(true); });
    }

    void initializePage() override
    {
        const OwnerDetails owner = m_wizard.settings().ownerDetails();
        m_loading = true;
        m_name->setText(owner.name);
        m_email->setText(owner.email);
        m_phone->setText(owner.phone);
        m_boardName->setText(owner.boardName);
        m_boardUrl->setText(owner.boardUrl);
        m_imprint->setText(owner.imprintUrl);
        m_volume->setValue(owner.dailyVolume);
        m_dedicated->setChecked(owner.dedicatedIp);
        for (QCheckBox* box : std::as_const(m_kinds))
            box->setChecked(owner.mailKinds.contains(box->property("kind").toString()));
        m_loading = false;

        RemovalWizard::State& state = m_wizard.state();
        const BlockProvider* p = state.provider;
        state.checklist = p && p->channel == RemovalChannel::None && !p->requirements.isEmpty();
        m_body->setCurrentIndex(state.checklist ? 1 : 0);
        m_open->setEnabled(p && !p->removalUrl.isEmpty());
        if (state.checklist) {
            setSubTitle(RemovalWizard::tr("%1 takes no removal requests. Meet each of its sender requirements; the "
                                          "block lifts as the reputation recovers.")
                            .arg(p->name));
            m_checklistNote->setText(BlockKnowledge::translatedAsks(*p));
            m_checklist->clear();
            for (const QString& requirement : p->requirements) {
                auto* item = new QListWidgetItem(BlockKnowledge::translated(requirement), m_checklist);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        } else {
            QString how;
            if (!p)
                how = RemovalWizard::tr("Mailroom does not know where this provider takes requests: look for its "
                                        "postmaster page, and send this letter there.");
            else if (p->channel == RemovalChannel::Form)
                how = RemovalWizard::tr("%1 takes requests through a web form: open it and paste this text.")
                          .arg(p->name);
            else if (p->channel == RemovalChannel::Email)
                how = RemovalWizard::tr("%1 takes requests by e-mail to %2.").arg(p->name, p->removalEmail);
            else
                how = RemovalWizard::tr("%1 takes no requests; the letter is for your records.").arg(p->name);
            if (p && !p->asks.isEmpty())
                how += u' ' + BlockKnowledge::translatedAsks(*p);
            setSubTitle(how);
            m_edited = false;
        }
        refresh();
    }

    bool isComplete() const override
    {
        return m_wizard.state().checklist || RemovalDraft::missing(m_wizard.draftFacts()).isEmpty();
    }

    bool validatePage() override
    {
        m_wizard.settings().setOwnerDetails(owner());
        m_wizard.state().draft = m_wizard.state().checklist ? checklistText() : m_letter->toPlainText();
        return true;
    }

    OwnerDetails owner() const
    {
        OwnerDetails o;
        o.name = m_name->text().trimmed();
        o.email = m_email->text().trimmed();
        o.phone = m_phone->text().trimmed();
        o.boardName = m_boardName->text().trimmed();
        o.boardUrl = m_boardUrl->text().trimmed();
        o.imprintUrl = m_imprint->text().trimmed();
        for (const QCheckBox* box : m_kinds) {
            if (box->isChecked())
                o.mailKinds.append(box->property("kind").toString());
        }
        o.dailyVolume = m_volume->value();
        o.dedicatedIp = m_dedicated->isChecked();
        return o;
    }

private:
    QLineEdit* field(const QString& name, const QString& placeholder)
    {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    }

    QString checklistText() const
    {
        QStringList lines;
        for (int i = 0; i < m_checklist->count(); ++i) {
            const QListWidgetItem* item = m_checklist->item(i);
            lines.append((item->checkState() == Qt::Checked ? u"[x] "_s : u"[ ] "_s) + item->text());
        }
        return lines.join(u'\n');
    }

    void refresh()
    {
        if (m_loading)
            return;
        m_wizard.state().owner = owner();
        const DraftFacts facts = m_wizard.draftFacts();
        if (!m_edited && !m_wizard.state().checklist) {
            m_writing = true;
            m_letter->setPlainText(RemovalDraft::letter(facts));
            m_writing = false;
        }
        const QStringList missing = RemovalDraft::missing(facts);
        m_missing->setText(
            missing.isEmpty() ? QString() : RemovalWizard::tr("Still missing: %1.").arg(missing.join(u", "_s)));
        Q_EMIT completeChanged();
    }

    void save(bool eml)
    {
        const QString suggested = m_wizard.settings().lastFolder() + u'/'
            + RemovalWizard::tr("removal-request-%1").arg(m_wizard.state().ip.toString().replace(u':', u'-'))
            + (eml ? u".eml"_s : u".txt"_s);
        auto* dialog = new QFileDialog(this, RemovalWizard::tr("Save the Request"), suggested,
            eml ? RemovalWizard::tr("E-mail messages (*.eml)") : RemovalWizard::tr("Text files (*.txt)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, this, [this, eml](const QString& path) {
            m_wizard.settings().setLastFolder(QFileInfo(path).absolutePath());
            DraftFacts facts = m_wizard.draftFacts();
            QByteArray content;
            if (eml) {
                content = RemovalDraft::message(facts, QDateTime::currentDateTimeUtc());
                // The message holds the letter as edited, not as the template wrote it.
                content = content.first(content.indexOf("\r\n\r\n") + 4)
                    + m_letter->toPlainText().toUtf8().replace("\n", "\r\n");
            } else {
                content = m_letter->toPlainText().toUtf8();
            }
            QString error;
            if (!Files::writeWhole(path, content, &error))
                m_missing->setText(error);
        });
        dialog->open();
    }

    RemovalWizard& m_wizard;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_boardName = nullptr;
    QLineEdit* m_boardUrl = nullptr;
    QLineEdit* m_imprint = nullptr;
    QSpinBox* m_volume = nullptr;
    QCheckBox* m_dedicated = nullptr;
    QList<QCheckBox*> m_kinds;
    QPlainTextEdit* m_letter = nullptr;
    QLabel* m_missing = nullptr;
    QPushButton* m_open = nullptr;
    QListWidget* m_checklist = nullptr;
    QLabel* m_checklistNote = nullptr;
    QStackedWidget* m_body = nullptr;
    bool m_edited = false;
    bool m_writing = false;
    bool m_loading = false;
};

// ---- 5. Track ----

class TrackPage : public QWizardPage
{
public:
    explicit TrackPage(RemovalWizard& wizard) : m_wizard(wizard)
    {
        setTitle(RemovalWizard::tr("Track"));
        setSubTitle(RemovalWizard::tr("Mailroom keeps the request and watches the listing while it runs."));
        m_summary = wrappingLabel({}, this);
        m_summary->setObjectName(u"trackSummary"_s);
        m_sent = new QCheckBox(RemovalWizard::tr("I have &sent the request: start tracking it now"), this);
        m_sent->setObjectName(u"markSent"_s);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_sent);
        layout->addStretch(1);
        setFinalPage(true);
        setButtonText(QWizard::FinishButton, RemovalWizard::tr("&Keep the Request"));
    }

    void initializePage() override
    {
        const RemovalWizard::State& state = m_wizard.state();
        const BlockProvider* p = state.provider;
        const QString name = p ? p->name : RemovalWizard::tr("The provider", "at the start of a sentence");
        QString text;
        if (p && !p->blocklistId.isEmpty()) {
            text = RemovalWizard::tr("Mailroom asks %1 every %n minute(s) whether %2 is still listed, and tells you "
                                     "when the listing is gone.",
                nullptr, m_wizard.settings().recheckMinutes())
                       .arg(name, state.ip.toString());
        } else {
            text = RemovalWizard::tr("%1 cannot be asked over DNS: the bounces of the next days show whether mail is "
                                     "accepted again.")
                       .arg(name);
        }
        if (p && p->typicalDays > 0) {
            text += u' '
                + RemovalWizard::tr("%1 usually answers within %n day(s); Mailroom tells you when that time has "
                                    "passed.",
                    nullptr, p->typicalDays)
                      .arg(name);
        }
        m_summary->setText(text);
    }

    bool sent() const { return m_sent->isChecked(); }
    void showError(const QString& error)
    {
        m_summary->setText(u"<span style=\"%1\">%2</span>"_s.arg(ErrorStyle, error.toHtmlEscaped()));
    }

private:
    RemovalWizard& m_wizard;
    QLabel* m_summary = nullptr;
    QCheckBox* m_sent = nullptr;
};

} // namespace

RemovalWizard::RemovalWizard(Settings& settings, RemovalTracker& tracker, QWidget* parent)
    : QWizard(parent), m_settings(settings), m_tracker(tracker)
{
    setObjectName(u"removalWizard"_s);
    setWindowTitle(tr("Request Removal"));
    setWizardStyle(QWizard::ClassicStyle); // the same look on Windows, macOS and Linux
    setOption(QWizard::NoBackButtonOnStartPage);
    m_state.domain = Dns::domainFromText(m_settings.sendingDomain());
    setPage(WhatHappenedPage, new ::WhatHappenedPage(*this));
    setPage(ChecksPage, new ::ChecksPage(*this));
    setPage(FixFirstPage, new ::FixFirstPage(*this));
    setPage(RequestPage, new ::RequestPage(*this));
    setPage(TrackPage, new ::TrackPage(*this));
    resize(860, 680);
}

RemovalWizard::~RemovalWizard() = default;

void RemovalWizard::setBounces(const QList<const RecipientRecord*>& records)
{
    QList<const RecipientRecord*> newest = records;
    std::sort(newest.begin(), newest.end(),
        [](const RecipientRecord* a, const RecipientRecord* b) { return a->lastSeen > b->lastSeen; });
    QStringList replies;
    m_state.recipientDomains.clear();
    for (const RecipientRecord* record : std::as_const(newest)) {
        const QString reply = QString::fromUtf8(record->lastReply).trimmed();
        if (!reply.isEmpty() && !replies.contains(reply))
            replies.append(reply);
        const QString domain = QString::fromLatin1(domainOf(record->address));
        if (!domain.isEmpty() && !m_state.recipientDomains.contains(domain))
            m_state.recipientDomains.append(domain);
    }
    if (!newest.isEmpty())
        m_state.bounceAt = QDateTime::fromMSecsSinceEpoch(newest.front()->lastSeen, Qt::UTC);
    setBounceText(replies.join(u"\n\n"_s));
}

void RemovalWizard::setBounceText(const QString& text)
{
    static_cast<::WhatHappenedPage*>(page(WhatHappenedPage))->setText(text);
}

void RemovalWizard::runCheck(std::function<void(int, int)> progress, std::function<void(const ReputationReport&)> done)
{
    cancelCheck();
    ReputationRequest request;
    request.ips = {m_state.ip};
    request.domain = m_state.domain;
    request.envelopeDomain = Dns::domainFromText(m_settings.envelopeDomain());
    request.selector = m_settings.dkimSelector().toLatin1();
    request.dkimDomain = Dns::domainFromText(m_settings.dkimDomain());
    request.helo = m_settings.heloName().toLatin1();
    CaresResolver::Options options;
    options.nameserver = m_settings.nameserver();
    m_resolver = std::make_unique<CaresResolver>(options);
    if (!m_resolver->isValid()) {
        ReputationReport failed;
        failed.checkedAt = QDateTime::currentDateTimeUtc();
        failed.findings.append({ReputationSeverity::Warning, tr("DNS queries cannot be made"),
            m_resolver->errorString(), {}, {}, "blocklist"});
        m_resolver.reset();
        done(failed);
        return;
    }
    const int generation = ++m_generation;
    ReputationCheck::run(
        *m_resolver, request,
        [this, generation, progress](int finished, int total) {
            if (generation == m_generation && progress)
                progress(finished, total);
        },
        [this, generation, done](const ReputationReport& report) {
            if (generation != m_generation)
                return;
            m_resolver.release()->deleteLater(); // its callback is on the stack
            done(report);
        });
}

void RemovalWizard::cancelCheck()
{
    ++m_generation;
    m_resolver.reset();
}

DraftFacts RemovalWizard::draftFacts() const
{
    DraftFacts f;
    const BlockProvider* p = m_state.provider;
    f.providerName = p ? p->name : tr("postmaster");
    f.toAddress = p ? p->removalEmail : QString();
    f.code = m_state.code;
    f.bounceText = m_state.bounceText;
    f.bounceAt = m_state.bounceAt;
    f.ip = m_state.ip;
    f.recipientDomains = m_state.recipientDomains;
    f.fixed = m_state.fixed;
    f.owner = m_state.owner.value_or(m_settings.ownerDetails());
    f.fromDomain = QString::fromLatin1(m_state.domain);
    f.envelopeDomain = m_settings.envelopeDomain().isEmpty() ? f.fromDomain : m_settings.envelopeDomain();
    f.helo = m_settings.heloName();
    if (!m_state.report)
        return f;
    const ReputationReport& report = *m_state.report;
    for (const IpReputation& ip : report.ips) {
        for (const ReverseDnsName& name : ip.reverseDns.names) {
            if (name.confirmed && f.ptr.isEmpty())
                f.ptr = QString::fromLatin1(name.name);
        }
        if (ip.spf && f.spf.isEmpty())
            f.spf = QString::fromLatin1(spfResultName(ip.spf->result));
        for (const BlocklistResult& list : ip.blocklists) {
            const bool asked = p && (list.list.id == p->blocklistId.toLatin1());
            if (list.status == ListingStatus::Listed && !list.list.allowlist && !asked)
                f.otherListings.append(list.list.name);
        }
    }
    if (report.dkim)
        f.dkim = tr("key %1 (%2)")
                     .arg(QString::fromLatin1(dkimKeyStatusName(report.dkim->status)),
                         QString::fromLatin1(report.dkim->name));
    if (report.dmarc && report.dmarc->status == DmarcStatus::Found)
        f.dmarc = u"p="_s + QString::fromLatin1(dmarcDispositionName(report.dmarc->policy.policy));
    if (report.alignment) {
        f.dmarc += (f.dmarc.isEmpty() ? QString() : u", "_s)
            + (report.alignment->passes() ? tr("aligned") : tr("not aligned yet"));
    }
    return f;
}

void RemovalWizard::accept()
{
    const State& s = m_state;
    RemovalRequest request;
    if (m_requestId.isEmpty()) // a retry after a failed save replaces the same request
        m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.id = m_requestId;
    const BlockProvider* p = s.provider;
    request.providerId = p ? p->id : QString();
    request.providerName = p ? p->name : tr("Unknown provider");
    request.ip = s.ip;
    request.domain = s.domain;
    request.code = s.code;
    request.channel = p ? QString::fromLatin1(removalChannelName(p->channel)) : u"none"_s;
    request.removalUrl = p ? p->removalUrl : QString();
    request.blocklistId = p ? p->blocklistId.toLatin1() : QByteArray();
    request.typicalDays = p ? std::max(0, p->typicalDays) : 0;
    request.draft = s.draft;
    auto* track = static_cast<::TrackPage*>(page(TrackPage));
    QString error;
    if (!m_tracker.store(request, &error)
        || (track->sent() && !m_tracker.markSent(request.id, QDateTime::currentDateTimeUtc(), &error))) {
        track->showError(tr("The request could not be kept: %1").arg(error)); // the wizard stays open
        return;
    }
    m_storedId = request.id;
    Q_EMIT requestStored(m_storedId);
    QWizard::accept();
}

void RemovalWizard::done(int result)
{
    cancelCheck();
    QWizard::done(result);
}
