#include "ReputationPage.h"

#include "SentMessageDialog.h"
#include "reputation/CaresResolver.h"
#include "reputation/ReputationStore.h"
#include "support/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int FindingRole = Qt::UserRole + 1;

QString severityGroup(ReputationSeverity severity, int count)
{
    switch (severity) {
    case ReputationSeverity::Problem:
        return ReputationPage::tr("Problems (%n)", nullptr, count);
    case ReputationSeverity::Warning:
        return ReputationPage::tr("Warnings (%n)", nullptr, count);
    case ReputationSeverity::Info:
        return ReputationPage::tr("Good or worth knowing (%n)", nullptr, count);
    }
    return {};
}

QIcon severityIcon(ReputationSeverity severity)
{
    switch (severity) {
    case ReputationSeverity::Problem:
        return QIcon::fromTheme(u"dialog-error"_s);
    case ReputationSeverity::Warning:
        return QIcon::fromTheme(u"dialog-warning"_s);
    case ReputationSeverity::Info:
        return QIcon::fromTheme(u"dialog-information"_s);
    }
    return {};
}

// The addresses typed in the form, separated by commas, semicolons or spaces.
QStringList addressWords(const QString& text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

ReputationPage::ReputationPage(Settings& settings, QWidget* parent, const QString& storePath)
    : QWidget(parent)
    , m_settings(settings)
    , m_storePath(storePath.isEmpty() ? ReputationStore::pathIn(settings.dataFolder()) : storePath)
{
    m_addresses = new QLineEdit(this);
    m_addresses->setObjectName(u"addresses"_s);
    m_addresses->setPlaceholderText(tr("203.0.113.5, 2001:db8::5"));
    m_addresses->setToolTip(tr("The IP addresses your board's mail leaves from, separated by commas or spaces."));
    m_domain = new QLineEdit(this);
    m_domain->setObjectName(u"domain"_s);
    m_domain->setPlaceholderText(tr("jobs.example"));
    m_domain->setToolTip(tr("The domain of your board's From address, the one DMARC protects."));
    m_envelope = new QLineEdit(this);
    m_envelope->setObjectName(u"envelopeDomain"_s);
    m_envelope->setPlaceholderText(tr("optional, when not the From domain"));
    m_envelope->setToolTip(tr("The domain of the bounce address (Return-Path, MAIL FROM) your mail goes out with; SPF "
                              "is checked for it. Mail providers often use their own."));
    m_selector = new QLineEdit(this);
    m_selector->setObjectName(u"selector"_s);
    m_selector->setPlaceholderText(tr("optional, for example s1"));
    m_selector->setToolTip(tr("The DKIM selector: the s= of a DKIM-Signature header in a message your board sent."));
    m_dkimDomain = new QLineEdit(this);
    m_dkimDomain->setObjectName(u"dkimDomain"_s);
    m_dkimDomain->setPlaceholderText(tr("the From domain"));
    m_dkimDomain->setToolTip(tr("The d= of that DKIM-Signature header, when it is not the From domain."));
    m_helo = new QLineEdit(this);
    m_helo->setObjectName(u"helo"_s);
    m_helo->setPlaceholderText(tr("optional, for example mail.jobs.example"));
    m_helo->setToolTip(tr("The name your mail server gives when it connects (HELO or EHLO): its host name."));
    m_nameserver = new QLineEdit(this);
    m_nameserver->setObjectName(u"nameserver"_s);
    m_nameserver->setPlaceholderText(tr("this computer's DNS servers"));
    m_nameserver->setToolTip(tr("A DNS server to ask instead, as ADDRESS or ADDRESS:PORT. Spamhaus refuses public "
                                "resolvers such as 8.8.8.8."));

    m_addresses->setText(m_settings.sendingAddresses().join(u", "_s));
    m_domain->setText(m_settings.sendingDomain());
    m_envelope->setText(m_settings.envelopeDomain());
    m_selector->setText(m_settings.dkimSelector());
    m_dkimDomain->setText(m_settings.dkimDomain());
    m_helo->setText(m_settings.heloName());
    m_nameserver->setText(m_settings.nameserver());

    auto* form = new QFormLayout;
    form->addRow(tr("Sending &addresses:"), m_addresses);
    form->addRow(tr("From d&omain:"), m_domain);
    form->addRow(tr("Re&turn-Path domain:"), m_envelope);
    auto* dkim = new QHBoxLayout;
    dkim->addWidget(m_selector, 1);
    auto* signedBy = new QLabel(tr("signed as &d="), this);
    signedBy->setBuddy(m_dkimDomain);
    dkim->addWidget(signedBy);
    dkim->addWidget(m_dkimDomain, 2);
    auto* selectorLabel = new QLabel(tr("DKIM &selector:"), this);
    selectorLabel->setBuddy(m_selector); // a row holding a layout gets no buddy of its own
    form->addRow(selectorLabel, dkim);
    form->addRow(tr("&HELO name:"), m_helo);
    form->addRow(tr("DNS serv&er:"), m_nameserver);

    m_check = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("&Check now"), this);
    m_check->setObjectName(u"checkNow"_s);
    m_check->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_fromBounces = new QPushButton(QIcon::fromTheme(u"edit-paste"_s), tr("From the &bounces"), this);
    m_fromBounces->setObjectName(u"fromBounces"_s);
    m_fromBounces->setEnabled(false);
    m_fromBounces->setToolTip(tr("Read the bounces first: their replies name the addresses your mail leaves from."));
    m_cancel->setObjectName(u"cancelCheck"_s);
    m_fromMessage = new QPushButton(QIcon::fromTheme(u"mail-message"_s), tr("From a &message…"), this);
    m_fromMessage->setObjectName(u"fromMessage"_s);
    m_fromMessage->setToolTip(tr("Paste the header of a message your board sent: it names the domains, the DKIM "
                                 "selector and the sending server."));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"checkProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m checks"));
    QSizePolicy keepPlace = m_progress->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true); // the buttons keep their size between checks
    m_progress->setSizePolicy(keepPlace);
    m_lastChecked = new QLabel(this);
    m_lastChecked->setObjectName(u"lastChecked"_s);
    m_formError = new QLabel(this);
    m_formError->setObjectName(u"formError"_s);
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(u"color: #b3261e;"_s);
    m_formError->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_fromBounces);
    buttons->addWidget(m_fromMessage);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_lastChecked);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(u"emptyState"_s);
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setText(tr("Enter the addresses your board's mail leaves from and its sending domain, then choose "
                             "Check now.\n\nMailroom asks the major blocklists, Sender Score, reverse DNS, and the "
                             "domain's SPF, DMARC, DKIM and MX records, and says what to fix."));

    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(u"findings"_s);
    m_findings->setHeaderHidden(true);
    m_findings->setRootIsDecorated(true);
    m_findings->setUniformRowHeights(true);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(u"findingDetail"_s);
    m_detail->setOpenExternalLinks(true);
    m_copyRecord = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), tr("Copy the &record"), this);
    m_copyRecord->setObjectName(u"copyRecord"_s);
    m_copyRecord->setEnabled(false);
    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_copyRecord, 0, Qt::AlignRight);
    auto* split = new QSplitter(this);
    split->addWidget(m_findings);
    split->addWidget(detailPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_body = new QStackedWidget(this);
    m_body->addWidget(m_emptyState);
    m_body->addWidget(split);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_formError);
    layout->addWidget(m_body, 1);

    connect(m_check, &QPushButton::clicked, this, &ReputationPage::checkNow);
    connect(m_fromMessage, &QPushButton::clicked, this, &ReputationPage::readSentMessage);
    connect(m_cancel, &QPushButton::clicked, this, &ReputationPage::cancelCheck);
    connect(m_fromBounces, &QPushButton::clicked, this, [this] {
        if (!m_suggested.addresses.isEmpty())
            m_addresses->setText(m_suggested.addresses.join(u", "_s));
        if (!m_suggested.domain.isEmpty())
            m_domain->setText(m_suggested.domain);
    });
    for (QLineEdit* edit : {m_addresses, m_domain, m_envelope, m_selector, m_dkimDomain, m_helo, m_nameserver})
        connect(edit, &QLineEdit::returnPressed, this, &ReputationPage::checkNow);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &ReputationPage::showFinding);
    connect(m_copyRecord, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem* item = m_findings->currentItem();
        if (item && !item->data(0, FindingRole).toByteArray().isEmpty())
            QApplication::clipboard()->setText(QString::fromUtf8(item->data(0, FindingRole).toByteArray()));
    });
    setChecking(false);

    QString error;
    if (const std::optional<ReputationReport> last = ReputationStore::load(m_storePath, &error))
        showReport(*last);
    else if (!error.isEmpty())
        m_lastChecked->setText(tr("The last check could not be read."));
    if (!error.isEmpty())
        m_lastChecked->setToolTip(error);
}

ReputationPage::~ReputationPage() = default;

void ReputationPage::readSentMessage()
{
    auto* dialog = new SentMessageDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { fillFromMessage(dialog->message()); });
    dialog->open();
}

void ReputationPage::fillFromMessage(const SentMessage& message)
{
    // The message is what the owner chose to go by: what it names replaces the form's values.
    if (!message.fromDomain.isEmpty())
        m_domain->setText(QString::fromLatin1(message.fromDomain));
    const QByteArray from = Dns::domainFromText(m_domain->text());
    m_envelope->setText(message.returnPathDomain == from ? QString() : QString::fromLatin1(message.returnPathDomain));
    if (const std::optional<DkimSignatureId> own = message.ownSignature()) {
        m_selector->setText(QString::fromLatin1(own->selector));
        m_dkimDomain->setText(own->domain == from ? QString() : QString::fromLatin1(own->domain));
    }
    if (!message.sendingAddress.isNull()) {
        QStringList addresses = addressWords(m_addresses->text());
        const bool known = std::any_of(addresses.begin(), addresses.end(),
            [&](const QString& text) { return QHostAddress(text) == message.sendingAddress; });
        if (!known)
            addresses.append(message.sendingAddress.toString());
        m_addresses->setText(addresses.join(u", "_s));
    }
    if (!message.helo.isEmpty())
        m_helo->setText(QString::fromLatin1(message.helo));
    Q_EMIT statusMessage(tr("The form is filled from the message. Choose Check now."));
}

void ReputationPage::setBounces(const std::vector<RecipientRecord>& recipients)
{
    m_suggested = SendingIdentities::fromBounces(recipients);
    const bool any = !m_suggested.addresses.isEmpty() || !m_suggested.domain.isEmpty();
    m_fromBounces->setEnabled(any);
    if (any) {
        m_fromBounces->setToolTip(tr("Named in the bounces: %1")
                                      .arg((m_suggested.addresses + QStringList {m_suggested.domain}).join(u", "_s)));
    }
    if (m_addresses->text().trimmed().isEmpty())
        m_addresses->setText(m_suggested.addresses.join(u", "_s));
    if (m_domain->text().trimmed().isEmpty())
        m_domain->setText(m_suggested.domain);
}

bool ReputationPage::isChecking() const
{
    return m_resolver != nullptr;
}

bool ReputationPage::readForm(ReputationRequest* request, QString* nameserver, QString* error) const
{
    for (const QString& text : addressWords(m_addresses->text())) {
        QHostAddress ip;
        if (!ip.setAddress(text)) {
            *error = tr("\"%1\" is not an IP address. Enter addresses like 203.0.113.5 or 2001:db8::5.").arg(text);
            return false;
        }
        request->ips.append(ip);
    }
    const QString domain = m_domain->text().trimmed();
    if (!domain.isEmpty()) {
        request->domain = Dns::domainFromText(domain);
        if (request->domain.isEmpty()) {
            *error
                = tr("\"%1\" is not a domain name. Enter the part after @ in your board's sender address.").arg(domain);
            return false;
        }
    }
    for (const auto& [edit, field] :
        {std::pair {m_envelope, &request->envelopeDomain}, {m_dkimDomain, &request->dkimDomain}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        *field = Dns::domainFromText(text);
        if (field->isEmpty()) {
            *error = tr("\"%1\" is not a domain name.").arg(text);
            return false;
        }
    }
    request->selector = m_selector->text().trimmed().toLatin1();
    request->helo = m_helo->text().trimmed().toLatin1();
    if (request->ips.isEmpty() && request->domain.isEmpty()) {
        *error = tr("Enter at least one sending address or the sending domain.");
        return false;
    }
    *nameserver = m_nameserver->text().trimmed();
    if (!nameserver->isEmpty()) {
        QHostAddress address;
        quint16 port = 0;
        QString why;
        if (!CaresResolver::parseNameserver(*nameserver, &address, &port, &why)) {
            *error = tr("The DNS server must be an IP address, optionally with a port (192.0.2.53:5353): %1").arg(why);
            return false;
        }
    }
    return true;
}

void ReputationPage::checkNow()
{
    if (isChecking())
        return;
    ReputationRequest request;
    QString nameserver;
    QString error;
    if (!readForm(&request, &nameserver, &error)) {
        m_formError->setText(error);
        m_formError->show();
        return;
    }
    m_formError->hide();
    QStringList addresses;
    for (const QHostAddress& ip : std::as_const(request.ips))
        addresses.append(ip.toString());
    m_settings.setSendingAddresses(addresses);
    m_settings.setSendingDomain(m_domain->text().trimmed());
    m_settings.setDkimSelector(m_selector->text().trimmed());
    m_settings.setEnvelopeDomain(m_envelope->text().trimmed());
    m_settings.setDkimDomain(m_dkimDomain->text().trimmed());
    m_settings.setHeloName(m_helo->text().trimmed());
    m_settings.setNameserver(nameserver);

    CaresResolver::Options options;
    options.nameserver = nameserver;
    m_resolver = std::make_unique<CaresResolver>(options);
    if (!m_resolver->isValid()) {
        m_formError->setText(tr("DNS queries cannot be made: %1").arg(m_resolver->errorString()));
        m_formError->show();
        m_resolver.reset();
        return;
    }
    setChecking(true);
    const int generation = ++m_generation;
    ReputationCheck::run(
        *m_resolver, request,
        [this, generation](int done, int total) {
            if (generation != m_generation)
                return;
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        },
        [this, generation](const ReputationReport& report) {
            if (generation != m_generation)
                return;
            // The resolver's own callback is on the stack: let it go once that returns.
            m_resolver.release()->deleteLater();
            setChecking(false);
            setReport(report);
            QString why;
            if (!ReputationStore::save(m_storePath, report, &why))
                Q_EMIT statusMessage(tr("The check is not kept for next time: %1").arg(why));
        });
}

void ReputationPage::cancelCheck()
{
    if (!isChecking())
        return;
    ++m_generation;
    m_resolver.reset(); // drops the callbacks of every query still in flight
    setChecking(false);
    Q_EMIT statusMessage(tr("Check cancelled."));
}

void ReputationPage::setChecking(bool checking)
{
    m_check->setEnabled(!checking);
    m_cancel->setEnabled(checking);
    m_progress->setVisible(checking);
    if (checking) {
        m_progress->setRange(0, 0);
        Q_EMIT statusMessage(tr("Checking…"));
    }
    Q_EMIT checkingChanged(checking);
}

void ReputationPage::setReport(const ReputationReport& report)
{
    showReport(report);
    int problems = 0;
    for (const ReputationFinding& finding : report.findings)
        problems += finding.severity == ReputationSeverity::Problem ? 1 : 0;
    Q_EMIT statusMessage(tr("Checked in %1 ms: %n problem(s).", nullptr, problems).arg(report.elapsedMs));
}

void ReputationPage::showReport(const ReputationReport& report)
{
    m_report = std::make_unique<ReputationReport>(report);
    m_findings->clear();
    for (const ReputationSeverity severity :
        {ReputationSeverity::Problem, ReputationSeverity::Warning, ReputationSeverity::Info}) {
        QList<const ReputationFinding*> group;
        for (const ReputationFinding& finding : report.findings) {
            if (finding.severity == severity)
                group.append(&finding);
        }
        if (group.isEmpty())
            continue;
        auto* top = new QTreeWidgetItem(m_findings, {severityGroup(severity, int(group.size()))});
        top->setIcon(0, severityIcon(severity));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const ReputationFinding* finding : std::as_const(group)) {
            auto* item = new QTreeWidgetItem(top, {finding->title});
            item->setIcon(0, severityIcon(severity));
            item->setToolTip(0, finding->title);
            // The detail as HTML, the record to copy as the role's data.
            QString html = u"<h3>%1</h3>"_s.arg(finding->title.toHtmlEscaped());
            if (!finding->detail.isEmpty()) {
                static const QRegularExpression url(u"(https?://[^\\s<>\"]+[^\\s<>\".,;)])"_s);
                QString detail = finding->detail.toHtmlEscaped();
                detail.replace(url, u"<a href=\"\\1\">\\1</a>"_s);
                html += u"<p>%1</p>"_s.arg(detail);
            }
            if (!finding->fixRecord.isEmpty()) {
                html += u"<p>%1</p><pre>%2</pre>"_s.arg(
                    tr("Publish this TXT record at <b>%1</b>:").arg(finding->fixName.toHtmlEscaped()),
                    QString::fromUtf8(finding->fixRecord).toHtmlEscaped());
            }
            item->setData(0, Qt::UserRole, html);
            item->setData(0, FindingRole, finding->fixRecord);
        }
        top->setExpanded(severity != ReputationSeverity::Info);
    }
    m_body->setCurrentIndex(1);
    const QString when = QLocale().toString(report.checkedAt.toLocalTime(), QLocale::ShortFormat);
    m_lastChecked->setText(tr("Last checked %1").arg(when));
    QStringList targets;
    for (const IpReputation& ip : report.ips)
        targets.append(ip.ip.toString());
    if (!report.domain.isEmpty())
        targets.append(QString::fromLatin1(report.domain));
    m_lastChecked->setToolTip(tr("Checked: %1").arg(targets.join(u", "_s)));
    // The first problem, or the first finding, is shown at once.
    if (QTreeWidgetItem* first = m_findings->topLevelItem(0); first && first->childCount() > 0)
        m_findings->setCurrentItem(first->child(0));
}

void ReputationPage::showFinding()
{
    const QTreeWidgetItem* item = m_findings->currentItem();
    if (!item || item->childCount() > 0) {
        m_detail->setHtml(tr("<p>Select a finding to see what it means and what to do.</p>"));
        m_copyRecord->setEnabled(false);
        return;
    }
    m_detail->setHtml(item->data(0, Qt::UserRole).toString());
    m_copyRecord->setEnabled(!item->data(0, FindingRole).toByteArray().isEmpty());
}
