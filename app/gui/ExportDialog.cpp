#include "ExportDialog.h"

#include "UserPrompts.h"
#include "export/ExportWorker.h"
#include "support/Settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int PreviewRows = 20;
constexpr int KeyRole = Qt::UserRole;
constexpr int CustomHeaderRole = Qt::UserRole + 1;

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 6);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(palette);
    return label;
}

template<typename T> void selectData(QComboBox* combo, const T& value)
{
    const int index = combo->findData(QVariant::fromValue(value));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

ExportDialog::ExportDialog(
    ExportWorker& worker, Settings& settings, UserPrompts& prompts, ExportBounces bounces, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_settings(settings), m_prompts(prompts), m_bounces(std::move(bounces))
{
    setWindowTitle(tr("Export Contacts"));
    setObjectName(u"exportDialog"_s);
    auto* layout = new QVBoxLayout(this);
    createDefinitionRow(layout);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"exportTabs"_s);
    m_tabs->addTab(createContactsTab(), tr("&Contacts"));
    m_tabs->addTab(createFieldsTab(), tr("&Fields"));
    m_tabs->addTab(createCleanupTab(), tr("C&lean-up"));
    m_tabs->addTab(createFileTab(), tr("File &format"));

    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_count = new QLabel(tr("Counting…"), this);
    m_count->setObjectName(u"exportCount"_s);
    m_count->setWordWrap(true);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    previewLayout->addWidget(m_count);
    previewLayout->addWidget(m_preview, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({440, 260});
    layout->addWidget(splitter, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);
    m_cancelExport = buttons->addButton(tr("Cancel Export"), QDialogButtonBox::ActionRole);
    m_cancelExport->setObjectName(u"cancelExportButton"_s);
    m_cancelExport->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::askForFile);
    connect(m_cancelExport, &QPushButton::clicked, &m_worker, &ExportWorker::cancel);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);

    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(150);
    connect(m_countTimer, &QTimer::timeout, this, &ExportDialog::requestCount);
    connect(&m_worker, &ExportWorker::counted, this, &ExportDialog::showCount);
    connect(&m_worker, &ExportWorker::placesRead, this, &ExportDialog::showPlaces);
    connect(&m_worker, &ExportWorker::progress, this, &ExportDialog::showProgress);
    connect(&m_worker, &ExportWorker::exported, this, &ExportDialog::finishExport);

    // The last export's settings, or a first one: every clean-up on, Excel on this computer.
    QString error;
    const QJsonObject saved = m_settings.lastExportDefinition();
    std::optional<ExportDefinition> last = saved.isEmpty() ? std::nullopt : ExportDefinition::fromJson(saved, &error);
    if (!last) {
        last = ExportDefinition();
        last->preset = CsvPreset::ExcelHere;
        last->format = CsvPresets::format(CsvPreset::ExcelHere);
    }
    fillDefinitions(last->name);
    setDefinition(*last);
    resize(900, 760);
}

void ExportDialog::createDefinitionRow(QBoxLayout* layout)
{
    auto* row = new QHBoxLayout;
    m_definitions = new QComboBox(this);
    m_definitions->setObjectName(u"exportDefinitions"_s);
    m_definitions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* label = new QLabel(tr("&Saved export:"), this);
    label->setBuddy(m_definitions);
    auto* save = new QPushButton(tr("Save &As…"), this);
    save->setObjectName(u"saveDefinitionButton"_s);
    m_deleteDefinition = new QPushButton(tr("&Delete"), this);
    m_deleteDefinition->setObjectName(u"deleteDefinitionButton"_s);
    row->addWidget(label);
    row->addWidget(m_definitions, 1);
    row->addWidget(save);
    row->addWidget(m_deleteDefinition);
    layout->addLayout(row);
    connect(m_definitions, &QComboBox::activated, this, &ExportDialog::chooseDefinition);
    connect(save, &QPushButton::clicked, this, &ExportDialog::saveDefinition);
    connect(m_deleteDefinition, &QPushButton::clicked, this, &ExportDialog::deleteDefinition);
}

QListWidget* ExportDialog::createPlaceList(const QString& name)
{
    auto* list = new QListWidget(this);
    list->setObjectName(name);
    list->setMinimumHeight(90);
    list->setMaximumHeight(170);
    connect(list, &QListWidget::itemChanged, this, &ExportDialog::changed);
    return list;
}

QDateEdit* ExportDialog::createDateEdit(const QString& name)
{
    auto* edit = new QDateEdit(QDate::currentDate(), this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setEnabled(false);
    connect(edit, &QDateEdit::dateChanged, this, &ExportDialog::changed);
    return edit;
}

QWidget* ExportDialog::createContactsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);

    auto* whoRow = new QHBoxLayout;
    m_who = new QButtonGroup(this);
    const std::pair<ContactKind, QString> kinds[] = {{ContactKind::Seekers, tr("&Job seekers")},
        {ContactKind::Employers, tr("E&mployers")}, {ContactKind::Both, tr("&Both")}};
    whoRow->addWidget(new QLabel(tr("Who:"), page));
    for (const auto& [kind, text] : kinds) {
        auto* radio = new QRadioButton(text, page);
        radio->setObjectName(u"who%1"_s.arg(int(kind)));
        m_who->addButton(radio, int(kind));
        whoRow->addWidget(radio);
    }
    whoRow->addStretch();
    layout->addLayout(whoRow);
    connect(m_who, &QButtonGroup::idClicked, this, [this](int id) {
        askForPlaces(ContactKind(id));
        changed();
    });

    auto* places = new QGroupBox(tr("Location (none ticked: everywhere; the number is how many users)"), page);
    auto* grid = new QGridLayout(places);
    m_countries = createPlaceList(u"countryList"_s);
    m_regions = createPlaceList(u"regionList"_s);
    m_cities = createPlaceList(u"cityList"_s);
    grid->addWidget(new QLabel(tr("Country"), places), 0, 0);
    grid->addWidget(new QLabel(tr("Region"), places), 0, 1);
    grid->addWidget(new QLabel(tr("City"), places), 0, 2);
    grid->addWidget(m_countries, 1, 0);
    grid->addWidget(m_regions, 1, 1);
    grid->addWidget(m_cities, 1, 2);
    layout->addWidget(places, 1);

    auto* form = new QFormLayout;
    m_subscribed = new QComboBox(page);
    m_subscribed->setObjectName(u"subscribedCombo"_s);
    m_subscribed->addItem(tr("Any"), int(Choice::Any));
    m_subscribed->addItem(tr("Subscribed (opted in)"), int(Choice::Yes));
    m_subscribed->addItem(tr("Not subscribed"), int(Choice::No));
    m_jobAlert = new QComboBox(page);
    m_jobAlert->setObjectName(u"jobAlertCombo"_s);
    m_jobAlert->addItem(tr("Any"), int(Choice::Any));
    m_jobAlert->addItem(tr("Has an active job alert"), int(Choice::Yes));
    m_jobAlert->addItem(tr("Has no job alert"), int(Choice::No));
    m_status = new QComboBox(page);
    m_status->setObjectName(u"statusCombo"_s);
    m_status->addItem(tr("Any"), int(StatusChoice::Any));
    m_status->addItem(tr("Active"), int(StatusChoice::Active));
    m_status->addItem(tr("Archived"), int(StatusChoice::Archived));
    for (QComboBox* combo : {m_subscribed, m_jobAlert, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::changed);
    form->addRow(tr("&Subscription:"), m_subscribed);
    form->addRow(tr("Job &alert:"), m_jobAlert);
    form->addRow(tr("S&tatus:"), m_status);

    const auto dateRow = [&](const QString& label, QCheckBox** fromOn, QDateEdit** from, QCheckBox** toOn,
                             QDateEdit** to, const QString& name) {
        auto* row = new QHBoxLayout;
        *fromOn = new QCheckBox(tr("from"), page);
        (*fromOn)->setObjectName(name + u"FromOn"_s);
        *from = createDateEdit(name + u"From"_s);
        *toOn = new QCheckBox(tr("to"), page);
        (*toOn)->setObjectName(name + u"ToOn"_s);
        *to = createDateEdit(name + u"To"_s);
        for (auto [check, edit] : {std::pair {*fromOn, *from}, std::pair {*toOn, *to}}) {
            connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
            connect(check, &QCheckBox::toggled, this, &ExportDialog::changed);
        }
        row->addWidget(*fromOn);
        row->addWidget(*from);
        row->addWidget(*toOn);
        row->addWidget(*to);
        row->addStretch();
        form->addRow(label, row);
    };
    dateRow(
        tr("Registered:"), &m_registeredFromOn, &m_registeredFrom, &m_registeredToOn, &m_registeredTo, u"registered"_s);
    dateRow(tr("Last login:"), &m_loginFromOn, &m_loginFrom, &m_loginToOn, &m_loginTo, u"login"_s);
    layout->addLayout(form);
    return page;
}

QWidget* ExportDialog::createFieldsTab()
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    m_available = new QListWidget(page);
    m_available->setObjectName(u"availableFields"_s);
    m_available->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_available->setDragEnabled(true);
    m_available->setDragDropMode(QAbstractItemView::DragOnly);
    m_chosen = new QTreeWidget(page);
    m_chosen->setObjectName(u"chosenFields"_s);
    m_chosen->setColumnCount(2);
    m_chosen->setHeaderLabels({tr("Field"), tr("Column header in the file")});
    m_chosen->setRootIsDecorated(false);
    m_chosen->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_chosen->setDragDropMode(QAbstractItemView::DragDrop);
    m_chosen->setDefaultDropAction(Qt::MoveAction);
    m_chosen->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_chosen->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_chosen->invisibleRootItem()->setFlags(m_chosen->invisibleRootItem()->flags() | Qt::ItemIsDropEnabled);

    m_add = new QPushButton(tr("&Add →"), page);
    m_add->setObjectName(u"addFieldButton"_s);
    m_remove = new QPushButton(tr("← &Remove"), page);
    m_remove->setObjectName(u"removeFieldButton"_s);
    m_up = new QPushButton(tr("Move &Up"), page);
    m_up->setObjectName(u"moveUpButton"_s);
    m_down = new QPushButton(tr("Move Do&wn"), page);
    m_down->setObjectName(u"moveDownButton"_s);
    auto* buttons = new QVBoxLayout;
    buttons->addStretch();
    for (QPushButton* button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* availableLabel = new QLabel(tr("A&vailable fields:"), page);
    availableLabel->setBuddy(m_available);
    auto* chosenLabel = new QLabel(tr("C&olumns of the file, in order (double-click a header to rename it):"), page);
    chosenLabel->setBuddy(m_chosen);
    m_fieldHelp = new QLabel(page);
    m_fieldHelp->setWordWrap(true);
    grid->addWidget(availableLabel, 0, 0);
    grid->addWidget(chosenLabel, 0, 2);
    grid->addWidget(m_available, 1, 0);
    grid->addLayout(buttons, 1, 1);
    grid->addWidget(m_chosen, 1, 2);
    grid->addWidget(m_fieldHelp, 2, 0, 1, 3);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(2, 3);

    connect(m_add, &QPushButton::clicked, this, &ExportDialog::addFields);
    connect(m_available, &QListWidget::itemDoubleClicked, this, &ExportDialog::addFields);
    connect(m_remove, &QPushButton::clicked, this, &ExportDialog::removeFields);
    connect(m_up, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveField(1); });
    connect(m_available, &QListWidget::itemSelectionChanged, this, [this] {
        const QListWidgetItem* item = m_available->currentItem();
        m_fieldHelp->setText(item ? ExportFields::explanation(item->data(KeyRole).toString()) : QString());
        updateFieldButtons();
    });
    connect(m_chosen, &QTreeWidget::itemSelectionChanged, this, &ExportDialog::updateFieldButtons);
    connect(m_chosen, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (m_filling || column != 1)
            return;
        const QString key = item->data(0, KeyRole).toString();
        const QString standard = ExportFields::header({key, {}}, CsvPreset(m_preset->currentData().toInt()));
        const bool custom = !item->text(1).trimmed().isEmpty() && item->text(1) != standard;
        item->setData(0, CustomHeaderRole, custom);
        if (!custom && item->text(1) != standard) {
            const QSignalBlocker block(m_chosen);
            item->setText(1, standard);
        }
        changed();
    });
    // Dropped fields (from the available list, or moved): tidy the list and count again.
    connect(m_chosen->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_filling)
            return;
        QTimer::singleShot(0, this, [this] {
            const ExportDefinition d = definition();
            const bool wasFilling = std::exchange(m_filling, true);
            m_chosen->clear();
            for (const ExportColumn& column : d.columns)
                m_chosen->addTopLevelItem(chosenItem(column));
            refillAvailable();
            m_filling = wasFilling;
            changed();
        });
    });
    return page;
}

QWidget* ExportDialog::createCleanupTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    const auto add = [&](QCheckBox** box, const QString& name, const QString& text, const QString& why) {
        *box = new QCheckBox(text, page);
        (*box)->setObjectName(name);
        layout->addWidget(*box);
        layout->addWidget(explanation(why, page));
        connect(*box, &QCheckBox::toggled, this, &ExportDialog::changed);
    };
    add(&m_cleanHard, u"cleanHard"_s, tr("Leave out &hard-bounced addresses"),
        tr("Addresses that bounced hard in the scanned logs (soft bounces that escalated to hard included) and users "
           "marked \"email bounced\". Mailing services count bounces against you and may close your account."));
    add(&m_cleanArchived, u"cleanArchived"_s, tr("Leave out &archived users"),
        tr("Users the board no longer shows. Does not apply when the Contacts tab asks for archived users."));
    add(&m_cleanOptIn, u"cleanOptIn"_s, tr("Leave out users who did &not opt in"),
        tr("Users whose subscription field says no. Mailing them without consent breaks the GDPR and the services' "
           "rules. Does not apply when the Contacts tab asks for users who are not subscribed."));
    add(&m_cleanDuplicates, u"cleanDuplicates"_s, tr("Remove &duplicate addresses"),
        tr("The same address twice, compared without case (Anna@x and anna@x): the older account keeps it. Services "
           "refuse files with duplicates or merge them unpredictably."));
    add(&m_cleanInvalid, u"cleanInvalid"_s, tr("Leave out &invalid addresses"),
        tr("Values that are not name@domain.example: typos, spaces inside, a missing domain. They can only bounce."));
    add(&m_cleanTrim, u"cleanTrim"_s, tr("&Trim spaces around values"),
        tr("\" anna@x.example \" becomes \"anna@x.example\". Mailchimp and MailerLite reject values with spaces "
           "around them."));
    layout->addStretch();
    return page;
}

QWidget* ExportDialog::createFileTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_preset = new QComboBox(page);
    m_preset->setObjectName(u"presetCombo"_s);
    for (const CsvPreset preset : CsvPresets::all())
        m_preset->addItem(CsvPresets::title(preset), int(preset));
    m_presetHelp = new QLabel(page);
    m_presetHelp->setWordWrap(true);
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(QString(), m_presetHelp);
    connect(m_preset, &QComboBox::activated, this, &ExportDialog::choosePreset);

    m_separator = new QComboBox(page);
    m_separator->setObjectName(u"separatorCombo"_s);
    m_separator->addItem(tr("Comma ( , )"), u","_s);
    m_separator->addItem(tr("Semicolon ( ; )"), u";"_s);
    m_separator->addItem(tr("Tab"), u"\t"_s);
    m_separator->addItem(tr("Vertical bar ( | )"), u"|"_s);
    m_quote = new QComboBox(page);
    m_quote->setObjectName(u"quoteCombo"_s);
    m_quote->addItem(tr("Double quote ( \" )"), u"\""_s);
    m_quote->addItem(tr("Single quote ( ' )"), u"'"_s);
    m_lineEnding = new QComboBox(page);
    m_lineEnding->setObjectName(u"lineEndingCombo"_s);
    m_lineEnding->addItem(tr("Windows (CR LF)"), QByteArray("\r\n"));
    m_lineEnding->addItem(tr("macOS and Linux (LF)"), QByteArray("\n"));
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(u"encodingCombo"_s);
    m_encoding->addItem(tr("UTF-8"), int(CsvEncoding::Utf8));
    m_encoding->addItem(tr("UTF-8 with byte order mark (for Excel)"), int(CsvEncoding::Utf8Bom));
    m_encoding->addItem(tr("Windows-1252 (Western European)"), int(CsvEncoding::Windows1252));
    m_encodingWarning = new QLabel(page);
    m_encodingWarning->setObjectName(u"encodingWarning"_s);
    m_encodingWarning->setWordWrap(true);
    m_header = new QCheckBox(tr("First row names the columns"), page);
    m_header->setObjectName(u"headerCheck"_s);
    m_emptyText = new QLineEdit(page);
    m_emptyText->setObjectName(u"emptyTextEdit"_s);
    m_emptyText->setPlaceholderText(tr("nothing"));
    m_dateFormat = new QComboBox(page);
    m_dateFormat->setObjectName(u"dateFormatCombo"_s);
    m_dateFormat->setEditable(true);
    m_dateFormat->addItems(
        {u"yyyy-MM-dd"_s, u"dd.MM.yyyy"_s, u"dd/MM/yyyy"_s, u"MM/dd/yyyy"_s, u"yyyy-MM-dd HH:mm:ss"_s});
    m_formulaProtection = new QCheckBox(tr("Protect against formulas"), page);
    m_formulaProtection->setObjectName(u"formulaCheck"_s);

    form->addRow(tr("Se&parator:"), m_separator);
    form->addRow(tr("&Quote:"), m_quote);
    form->addRow(tr("&Line ending:"), m_lineEnding);
    form->addRow(tr("E&ncoding:"), m_encoding);
    form->addRow(QString(), m_encodingWarning);
    form->addRow(QString(), m_header);
    form->addRow(tr("Empty &values as:"), m_emptyText);
    form->addRow(tr("&Dates as:"), m_dateFormat);
    form->addRow(QString(), m_formulaProtection);
    form->addRow(QString(),
        explanation(tr("A spreadsheet runs a cell that starts with =, +, -, @, a tab or a line break as a formula, "
                       "and a formula can fetch web pages or run programs. With protection such cells get a ' in "
                       "front, so they show as text. Turn it off only for a file no spreadsheet will open."),
            page));

    for (QComboBox* combo : {m_separator, m_quote, m_lineEnding, m_encoding})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::formatEdited);
    connect(m_dateFormat, &QComboBox::currentTextChanged, this, &ExportDialog::formatEdited);
    connect(m_emptyText, &QLineEdit::textChanged, this, &ExportDialog::formatEdited);
    for (QCheckBox* box : {m_header, m_formulaProtection})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::formatEdited);
    return page;
}

ExportDefinition ExportDialog::definition() const
{
    ExportDefinition d;
    d.name = m_definitions->currentData().toString();
    d.who = ContactKind(m_who->checkedId() < 0 ? int(ContactKind::Both) : m_who->checkedId());
    d.columns.clear();
    for (int i = 0; i < m_chosen->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_chosen->topLevelItem(i);
        const QString key = item->data(0, KeyRole).toString();
        if (key.isEmpty()
            || std::any_of(d.columns.cbegin(), d.columns.cend(), [&](const ExportColumn& c) { return c.key == key; }))
            continue;
        d.columns.append({key, item->data(0, CustomHeaderRole).toBool() ? item->text(1).trimmed() : QString()});
    }
    ExportCriteria& c = d.criteria;
    c.countries = checkedPlaces(m_countries);
    c.regions = checkedPlaces(m_regions);
    c.cities = checkedPlaces(m_cities);
    c.subscribed = Choice(m_subscribed->currentData().toInt());
    c.jobAlert = Choice(m_jobAlert->currentData().toInt());
    c.status = StatusChoice(m_status->currentData().toInt());
    c.registeredFrom = m_registeredFromOn->isChecked() ? m_registeredFrom->date() : QDate();
    c.registeredTo = m_registeredToOn->isChecked() ? m_registeredTo->date() : QDate();
    c.lastLoginFrom = m_loginFromOn->isChecked() ? m_loginFrom->date() : QDate();
    c.lastLoginTo = m_loginToOn->isChecked() ? m_loginTo->date() : QDate();
    d.cleanup = {m_cleanHard->isChecked(), m_cleanArchived->isChecked(), m_cleanOptIn->isChecked(),
        m_cleanDuplicates->isChecked(), m_cleanInvalid->isChecked(), m_cleanTrim->isChecked()};
    d.preset = CsvPreset(m_preset->currentData().toInt());
    CsvFormat& f = d.format;
    f = m_presetLimits;
    f.separator = m_separator->currentData().toString().front();
    f.quote = m_quote->currentData().toString().front();
    f.lineEnding = m_lineEnding->currentData().toByteArray();
    f.encoding = CsvEncoding(m_encoding->currentData().toInt());
    f.header = m_header->isChecked();
    f.emptyText = m_emptyText->text();
    f.dateFormat = m_dateFormat->currentText().trimmed();
    f.formulaProtection = m_formulaProtection->isChecked();
    return d;
}

void ExportDialog::setDefinition(const ExportDefinition& d)
{
    const bool wasFilling = std::exchange(m_filling, true);
    if (QAbstractButton* button = m_who->button(int(d.who)))
        button->setChecked(true);
    const ExportCriteria& c = d.criteria;
    for (auto [list, values] :
        {std::pair {m_countries, c.countries}, std::pair {m_regions, c.regions}, std::pair {m_cities, c.cities}}) {
        // The places come from the board; until they are read, the chosen ones stand alone.
        QMap<QString, qint64> known;
        for (int i = 0; i < list->count(); ++i)
            known.insert(list->item(i)->data(KeyRole).toString(), list->item(i)->data(KeyRole + 1).toLongLong());
        for (const QString& value : values) {
            if (!known.contains(value))
                known.insert(value, -1);
        }
        fillPlaceList(list, known, values);
    }
    selectData(m_subscribed, int(c.subscribed));
    selectData(m_jobAlert, int(c.jobAlert));
    selectData(m_status, int(c.status));
    for (auto [on, edit, date] : {std::tuple {m_registeredFromOn, m_registeredFrom, c.registeredFrom},
             std::tuple {m_registeredToOn, m_registeredTo, c.registeredTo},
             std::tuple {m_loginFromOn, m_loginFrom, c.lastLoginFrom},
             std::tuple {m_loginToOn, m_loginTo, c.lastLoginTo}}) {
        on->setChecked(date.isValid());
        if (date.isValid())
            edit->setDate(date);
    }
    m_cleanHard->setChecked(d.cleanup.hardBounced);
    m_cleanArchived->setChecked(d.cleanup.archived);
    m_cleanOptIn->setChecked(d.cleanup.notOptedIn);
    m_cleanDuplicates->setChecked(d.cleanup.duplicates);
    m_cleanInvalid->setChecked(d.cleanup.invalid);
    m_cleanTrim->setChecked(d.cleanup.trim);

    const int preset = m_preset->findData(int(d.preset));
    m_preset->setCurrentIndex(preset >= 0 ? preset : m_preset->findData(int(CsvPreset::Rfc4180)));
    m_presetLimits = CsvFormat();
    m_presetLimits.maxFieldBytes = d.format.maxFieldBytes;
    m_presetLimits.asciiLocalPart = d.format.asciiLocalPart;
    m_presetLimits.maxFileBytes = d.format.maxFileBytes;
    if (m_separator->findData(QString(d.format.separator)) < 0)
        m_separator->addItem(QString(d.format.separator), QString(d.format.separator));
    selectData(m_separator, QString(d.format.separator));
    if (m_quote->findData(QString(d.format.quote)) < 0)
        m_quote->addItem(QString(d.format.quote), QString(d.format.quote));
    selectData(m_quote, QString(d.format.quote));
    if (d.format.lineEnding == "\r")
        m_lineEnding->addItem(tr("Old Mac (CR)"), QByteArray("\r"));
    selectData(m_lineEnding, d.format.lineEnding);
    selectData(m_encoding, int(d.format.encoding));
    m_header->setChecked(d.format.header);
    m_emptyText->setText(d.format.emptyText);
    m_dateFormat->setCurrentText(d.format.dateFormat);
    m_formulaProtection->setChecked(d.format.formulaProtection);

    m_chosen->clear();
    for (const ExportColumn& column : d.columns)
        m_chosen->addTopLevelItem(chosenItem(column));
    refillAvailable();
    const int named = m_definitions->findData(d.name);
    m_definitions->setCurrentIndex(named >= 0 ? named : 0);
    m_deleteDefinition->setEnabled(m_definitions->currentIndex() > 0);
    m_filling = wasFilling;
    updateEncodingWarning();
    formatEdited();
    updateFieldButtons();
    askForPlaces(d.who);
    changed();
}

QTreeWidgetItem* ExportDialog::chosenItem(const ExportColumn& column) const
{
    auto* item = new QTreeWidgetItem;
    item->setText(0, ExportFields::title(column.key));
    item->setData(0, KeyRole, column.key);
    item->setData(0, CustomHeaderRole, !column.header.isEmpty());
    item->setText(1, ExportFields::header(column, CsvPreset(m_preset->currentData().toInt())));
    item->setToolTip(0, ExportFields::explanation(column.key));
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
    return item;
}

void ExportDialog::refillAvailable()
{
    QSet<QString> chosen;
    for (int i = 0; i < m_chosen->topLevelItemCount(); ++i)
        chosen.insert(m_chosen->topLevelItem(i)->data(0, KeyRole).toString());
    m_available->clear();
    for (const QString& key : ExportFields::keys()) {
        if (chosen.contains(key))
            continue;
        auto* item = new QListWidgetItem(ExportFields::title(key), m_available);
        item->setData(KeyRole, key);
        item->setToolTip(ExportFields::explanation(key));
    }
}

void ExportDialog::addFields()
{
    const QList<QListWidgetItem*> picked = m_available->selectedItems();
    if (picked.isEmpty())
        return;
    const bool wasFilling = std::exchange(m_filling, true);
    for (const QListWidgetItem* item : picked)
        m_chosen->addTopLevelItem(chosenItem({item->data(KeyRole).toString(), {}}));
    refillAvailable();
    m_filling = wasFilling;
    changed();
}

void ExportDialog::removeFields()
{
    const QList<QTreeWidgetItem*> picked = m_chosen->selectedItems();
    if (picked.isEmpty())
        return;
    for (QTreeWidgetItem* item : picked)
        delete item;
    refillAvailable();
    updateFieldButtons();
    changed();
}

void ExportDialog::moveField(int step)
{
    QTreeWidgetItem* item = m_chosen->currentItem();
    if (!item)
        return;
    const int from = m_chosen->indexOfTopLevelItem(item);
    const int to = from + step;
    if (to < 0 || to >= m_chosen->topLevelItemCount())
        return;
    const bool wasFilling = std::exchange(m_filling, true);
    m_chosen->takeTopLevelItem(from);
    m_chosen->insertTopLevelItem(to, item);
    m_chosen->setCurrentItem(item);
    m_filling = wasFilling;
    updateFieldButtons();
    changed();
}

void ExportDialog::updateFieldButtons()
{
    QTreeWidgetItem* current = m_chosen->currentItem();
    const int at = current ? m_chosen->indexOfTopLevelItem(current) : -1;
    m_add->setEnabled(!m_available->selectedItems().isEmpty());
    m_remove->setEnabled(!m_chosen->selectedItems().isEmpty());
    m_up->setEnabled(at > 0);
    m_down->setEnabled(at >= 0 && at + 1 < m_chosen->topLevelItemCount());
}

QStringList ExportDialog::checkedPlaces(const QListWidget* list)
{
    QStringList values;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            values << list->item(i)->data(KeyRole).toString();
    }
    return values;
}

void ExportDialog::fillPlaceList(QListWidget* list, const QMap<QString, qint64>& counts, const QStringList& checked)
{
    const QSignalBlocker block(list);
    list->clear();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        auto* item = new QListWidgetItem(list);
        // Two-letter country codes get their name: "DE Germany (708)".
        QString text = it.key();
        if (list == m_countries && text.size() == 2) {
            const QLocale::Territory territory = QLocale::codeToTerritory(text.toUpper());
            if (territory != QLocale::AnyTerritory)
                text += u' ' + QLocale::territoryToString(territory);
        }
        item->setText(it.value() < 0 ? text : u"%1 (%2)"_s.arg(text, QLocale().toString(it.value())));
        item->setData(KeyRole, it.key());
        item->setData(KeyRole + 1, it.value());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
    }
}

void ExportDialog::askForPlaces(ContactKind who)
{
    // Places change with the kind of user only: a preset or a field does not read them again.
    if (m_placesAsked && m_placesFor == who)
        return;
    m_placesAsked = true;
    m_placesFor = who;
    m_worker.readPlaces(who);
}

void ExportDialog::showPlaces(ContactKind who, const ExportPlaces& places, const QString& error)
{
    if (ContactKind(m_who->checkedId()) != who)
        return; // the owner chose another kind since
    if (!error.isEmpty()) {
        m_count->setText(tr("The board's places could not be read: %1").arg(error));
        return;
    }
    const ExportDefinition d = definition();
    for (auto [list, counts, chosen] : {std::tuple {m_countries, places.countries, d.criteria.countries},
             std::tuple {m_regions, places.regions, d.criteria.regions},
             std::tuple {m_cities, places.cities, d.criteria.cities}}) {
        QMap<QString, qint64> all = counts;
        for (const QString& value : chosen) {
            if (!all.contains(value))
                all.insert(value, 0); // chosen before, no user there now
        }
        fillPlaceList(list, all, chosen);
    }
}

void ExportDialog::choosePreset(int index)
{
    const auto preset = CsvPreset(m_preset->itemData(index).toInt());
    ExportDefinition d = definition();
    d.preset = preset;
    d.format = CsvPresets::format(preset);
    setDefinition(d);
}

void ExportDialog::formatEdited()
{
    if (m_filling)
        return;
    const ExportDefinition d = definition();
    QString help = CsvPresets::explanation(d.preset);
    CsvFormat preset = CsvPresets::format(d.preset);
    if (!(preset == d.format))
        help += u' ' + tr("You changed some of its settings.");
    m_presetHelp->setText(help);
    updateEncodingWarning();
    changed();
}

void ExportDialog::updateEncodingWarning()
{
    const bool ansi = CsvEncoding(m_encoding->currentData().toInt()) == CsvEncoding::Windows1252;
    QString text;
    if (ansi) {
        text = tr("Windows-1252 holds Western European letters only; any other character is written as ?.");
        if (!m_lastCount.unencodable.isEmpty()) {
            text += u' '
                + tr("In this selection: %1 (in %n value(s)).", nullptr, int(m_lastCount.cellsWithUnencodable))
                      .arg(m_lastCount.unencodable);
        }
    }
    m_encodingWarning->setText(text);
    m_encodingWarning->setVisible(ansi);
}

void ExportDialog::changed()
{
    if (m_filling)
        return;
    m_countTimer->start();
}

void ExportDialog::requestCount()
{
    const ExportDefinition d = definition();
    m_settings.setLastExportDefinition(d.toJson());
    if (d.columns.isEmpty()) {
        m_count->setText(tr("Choose at least one field on the Fields tab."));
        m_export->setEnabled(false);
        return;
    }
    m_count->setText(tr("Counting…"));
    m_countRequest = m_worker.count(d, m_bounces, PreviewRows);
}

void ExportDialog::showCount(int request, const ExportSummary& summary)
{
    if (request != m_countRequest)
        return;
    m_lastCount = summary;
    if (!summary.ok) {
        m_count->setText(summary.error);
        m_export->setEnabled(false);
        m_preview->clear();
        m_preview->setRowCount(0);
        Q_EMIT countUpdated();
        return;
    }
    m_count->setText(summary.describe());
    m_export->setEnabled(summary.written > 0 && !m_worker.isExporting());
    m_preview->clear();
    m_preview->setColumnCount(int(summary.header.size()));
    m_preview->setHorizontalHeaderLabels(summary.header);
    m_preview->setRowCount(int(summary.preview.size()));
    for (int row = 0; row < summary.preview.size(); ++row) {
        const QStringList& cells = summary.preview[row];
        for (int column = 0; column < cells.size(); ++column) {
            // Line breaks inside a value show as a symbol so each contact keeps one line.
            auto* item = new QTableWidgetItem(QString(cells[column]).replace(u'\n', u'⏎'));
            item->setToolTip(cells[column]);
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    updateEncodingWarning();
    Q_EMIT countUpdated();
}

void ExportDialog::fillDefinitions(const QString& current)
{
    m_definitions->clear();
    m_definitions->addItem(tr("(not saved)"), QString());
    for (const QJsonObject& json : m_settings.exportDefinitions()) {
        const QString name = json.value(u"name"_s).toString();
        m_definitions->addItem(name, name);
    }
    const int index = m_definitions->findData(current);
    m_definitions->setCurrentIndex(index >= 0 ? index : 0);
    m_deleteDefinition->setEnabled(m_definitions->currentIndex() > 0);
}

void ExportDialog::chooseDefinition(int index)
{
    const QString name = m_definitions->itemData(index).toString();
    m_deleteDefinition->setEnabled(index > 0);
    if (name.isEmpty())
        return;
    QString error;
    const std::optional<ExportDefinition> saved = ExportDefinition::fromJson(m_settings.exportDefinition(name), &error);
    if (!saved) {
        m_prompts.showMessage(this, QMessageBox::Warning, tr("Saved Export"),
            tr("The saved export \"%1\" cannot be used: %2").arg(name, error));
        return;
    }
    setDefinition(*saved);
}

void ExportDialog::saveDefinition()
{
    const QString current = m_definitions->currentData().toString();
    m_prompts.askText(this, tr("Save Export"), tr("Name of this export (also for mailroom-cli export --definition):"),
        current, [this](const QString& given) {
            const QString name = given.trimmed();
            if (name.isEmpty())
                return;
            ExportDefinition d = definition();
            d.name = name;
            m_settings.saveExportDefinition(d.toJson());
            fillDefinitions(name);
            m_settings.setLastExportDefinition(d.toJson());
        });
}

void ExportDialog::deleteDefinition()
{
    const QString name = m_definitions->currentData().toString();
    if (name.isEmpty())
        return;
    m_prompts.confirm(this, tr("Delete Saved Export"),
        tr("Delete the saved export \"%1\"? Scripts that use it with --definition will stop working.").arg(name),
        tr("Delete"), [this, name] {
            m_settings.removeExportDefinition(name);
            fillDefinitions({});
            changed();
        });
}

void ExportDialog::askForFile()
{
    QString suggested = m_settings.lastExportFile();
    if (suggested.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        suggested = QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(tr("contacts") + u".csv"_s);
    }
    m_prompts.chooseSaveFile(this, tr("Export Contacts"), suggested, tr("CSV files (*.csv);;All files (*)"),
        [this](const QString& path) { exportTo(path); });
}

void ExportDialog::exportTo(const QString& path)
{
    if (path.isEmpty() || m_worker.isExporting())
        return;
    m_settings.setLastExportFile(path);
    setExporting(true);
    m_progress->setRange(0, 0);
    m_worker.exportTo(definition(), m_bounces, path);
}

void ExportDialog::showProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
    m_progress->setFormat(tr("%1 of %2 users read").arg(QLocale().toString(done), QLocale().toString(total)));
}

void ExportDialog::finishExport(const ExportSummary& summary)
{
    setExporting(false);
    Q_EMIT exportFinished(summary);
    if (summary.ok) {
        m_prompts.showMessage(this, QMessageBox::Information, tr("Export Finished"), summary.describe());
    } else {
        m_prompts.showMessage(this, summary.cancelled ? QMessageBox::Information : QMessageBox::Warning,
            summary.cancelled ? tr("Export Cancelled") : tr("Export Failed"), summary.describe());
    }
}

void ExportDialog::setExporting(bool exporting)
{
    m_tabs->setEnabled(!exporting);
    m_definitions->setEnabled(!exporting);
    m_export->setEnabled(!exporting && m_lastCount.written > 0);
    m_cancelExport->setEnabled(exporting);
    m_progress->setVisible(exporting);
    m_close->setEnabled(!exporting);
}

void ExportDialog::reject()
{
    if (m_worker.isExporting()) {
        m_worker.cancel(); // the file is left as it was; the dialog closes when the worker says so
        connect(&m_worker, &ExportWorker::exported, this, &QDialog::reject, Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}
