#include "ExportDialog.h"
#include "UserPrompts.h"
#include "board/DemoBoard.h"
#include "bounces/BounceScan.h"
#include "export/ExportWorker.h"
#include "support/Settings.h"

#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

// Answers the dialog's questions without showing them.
class AnsweringPrompts : public UserPrompts
{
public:
    QString fileToSave;
    QString nameToGive;
    QStringList messages;

    void showMessage(QWidget*, QMessageBox::Icon, const QString& title, const QString& text, const QString&) override
    {
        messages << title + u": "_s + text;
    }
    void askText(QWidget*, const QString&, const QString&, const QString&, TextGiven done) override
    {
        done(nameToGive);
    }
    void chooseSaveFile(QWidget*, const QString&, const QString&, const QString&, TextGiven done) override
    {
        done(fileToSave);
    }
};

} // namespace

// The export dialog on the demo board: fields picked, reordered and renamed, criteria set, the
// live count and preview checked, the file exported and read back, a definition saved and reused.
class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void picksFieldsSetsCriteriaAndExports();
    void savedDefinitionsComeBack();
    void withoutFieldsNothingIsExported();

private:
    template<typename T> T* child(const char* name) const
    {
        auto* widget = m_dialog->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    void waitForCount();
    void openDialog();
    QTreeWidgetItem* chosen(const QString& key) const;

    QTemporaryDir m_dir;
    DemoBoardFiles m_demo;
    ExportBounces m_bounces;
    std::unique_ptr<Settings> m_settings;
    AnsweringPrompts m_prompts;
    std::unique_ptr<ExportWorker> m_worker;
    std::unique_ptr<ExportDialog> m_dialog;
};

void TestExportDialog::initTestCase()
{
    QString error;
    QVERIFY2(DemoBoard::ensure(m_dir.filePath(u"demo"_s), &m_demo, &error), qPrintable(error));
    BounceScanRequest request;
    request.paths = {m_demo.eximLog};
    m_bounces = exportBouncesFrom(runBounceScan(request)->recipients);
}

void TestExportDialog::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
    m_worker = std::make_unique<ExportWorker>();
    QSignalSpy opened(m_worker.get(), &ExportWorker::opened);
    m_worker->open(BoardConnection::demo(m_demo.database), {}, m_dir.filePath(u"audit.sqlite"_s));
    QVERIFY(opened.wait(20000));
    QVERIFY2(opened.front().front().toBool(), qPrintable(opened.front().at(1).toString()));
    openDialog();
}

void TestExportDialog::openDialog()
{
    m_dialog = std::make_unique<ExportDialog>(*m_worker, *m_settings, m_prompts, m_bounces);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    waitForCount();
}

void TestExportDialog::cleanup()
{
    m_dialog.reset();
    m_worker.reset();
    m_settings.reset();
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
}

void TestExportDialog::waitForCount()
{
    QSignalSpy updated(m_dialog.get(), &ExportDialog::countUpdated);
    QVERIFY(updated.wait(20000));
}

QTreeWidgetItem* TestExportDialog::chosen(const QString& key) const
{
    auto* tree = child<QTreeWidget>("chosenFields");
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

void TestExportDialog::picksFieldsSetsCriteriaAndExports()
{
    // A first export: every clean-up on, Excel's preset, and a count with a preview.
    QVERIFY(m_dialog->lastCount().ok);
    QVERIFY(m_dialog->lastCount().written > 0);
    QVERIFY(m_dialog->lastCount().skipped[std::size_t(ExportSkip::HardBounce)] > 0);
    QVERIFY(child<QLabel>("exportCount")->text().contains(QLocale().toString(m_dialog->lastCount().written)));
    QCOMPARE(child<QTableWidget>("exportPreview")->rowCount(), 20);
    QCOMPARE(m_dialog->definition().preset, CsvPreset::ExcelHere);

    // Fields: company and full name added by button, full name moved up, the e-mail renamed.
    auto* available = child<QListWidget>("availableFields");
    auto* tree = child<QTreeWidget>("chosenFields");
    for (int i = 0; i < available->count(); ++i) {
        const QString key = available->item(i)->data(Qt::UserRole).toString();
        available->item(i)->setSelected(key == u"company"_s || key == u"full_name"_s);
    }
    QTest::mouseClick(child<QPushButton>("addFieldButton"), Qt::LeftButton);
    QVERIFY(chosen(u"company"_s) && chosen(u"full_name"_s));
    QCOMPARE(tree->topLevelItemCount(), 5);
    for (int i = 0; i < available->count(); ++i)
        QVERIFY(available->item(i)->data(Qt::UserRole).toString() != u"company"_s); // not offered twice
    tree->setCurrentItem(chosen(u"full_name"_s));
    QTest::mouseClick(child<QPushButton>("moveUpButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("moveUpButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("moveUpButton"), Qt::LeftButton);
    QCOMPARE(tree->indexOfTopLevelItem(chosen(u"full_name"_s)), 1);
    chosen(u"email"_s)->setText(1, u"Adresse"_s);

    // A drag from the available fields, as the view drops it: the country lands in place.
    QListWidgetItem* country = nullptr;
    for (int i = 0; i < available->count(); ++i) {
        if (available->item(i)->data(Qt::UserRole).toString() == u"country"_s)
            country = available->item(i);
    }
    QVERIFY(country);
    QMimeData* dragged = available->model()->mimeData({available->indexFromItem(country)});
    QVERIFY(tree->model()->dropMimeData(dragged, Qt::CopyAction, 2, 0, QModelIndex()));
    delete dragged;
    QTRY_VERIFY(chosen(u"country"_s));
    QTRY_COMPARE(tree->topLevelItemCount(), 6);
    QCOMPARE(tree->indexOfTopLevelItem(chosen(u"country"_s)), 2);

    // Criteria: seekers in Germany.
    QTest::mouseClick(child<QRadioButton>("who1"), Qt::LeftButton);
    auto* countries = child<QListWidget>("countryList");
    QListWidgetItem* germany = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            germany = nullptr;
            for (int i = 0; i < countries->count(); ++i) {
                if (countries->item(i)->data(Qt::UserRole).toString() == u"DE"_s)
                    germany = countries->item(i);
            }
            return germany != nullptr;
        }(),
        20000);
    QVERIFY2(germany->text().startsWith(u"DE Germany ("_s), qPrintable(germany->text()));
    germany->setCheckState(Qt::Checked);
    waitForCount();
    const ExportDefinition d = m_dialog->definition();
    QCOMPARE(d.who, ContactKind::Seekers);
    QCOMPARE(d.criteria.countries, QStringList {u"DE"_s});
    const QList<ExportColumn> columns {{u"email"_s, u"Adresse"_s}, {u"full_name"_s, {}}, {u"country"_s, {}},
        {u"first_name"_s, {}}, {u"last_name"_s, {}}, {u"company"_s, {}}};
    QCOMPARE(d.columns, columns);
    const qint64 expected = m_dialog->lastCount().written;
    QVERIFY(expected > 0);
    for (const QStringList& row : m_dialog->lastCount().preview)
        QCOMPARE(row[2], u"DE"_s);

    // Brevo's preset: semicolons, its names for the fields not renamed by hand.
    auto* preset = child<QComboBox>("presetCombo");
    preset->setCurrentIndex(preset->findData(int(CsvPreset::Brevo)));
    Q_EMIT preset->activated(preset->currentIndex());
    waitForCount();
    QCOMPARE(m_dialog->definition().format.separator, u';');
    QCOMPARE(m_dialog->lastCount().header,
        (QStringList {u"Adresse"_s, u"Full name"_s, u"Country"_s, u"FIRSTNAME"_s, u"LASTNAME"_s, u"Company"_s}));

    // Export, and read the file back.
    m_prompts.fileToSave = m_dir.filePath(u"seekers-de.csv"_s);
    QSignalSpy finished(m_dialog.get(), &ExportDialog::exportFinished);
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const auto summary = finished.front().front().value<ExportSummary>();
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.written, expected);
    QVERIFY(m_prompts.messages.back().startsWith(u"Export Finished"_s));
    QFile file(m_prompts.fileToSave);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.front(), QByteArray("Adresse;Full name;Country;FIRSTNAME;LASTNAME;Company\r"));
    qint64 rows = 0;
    for (const QByteArray& line : lines.mid(1)) {
        if (line.isEmpty())
            continue;
        ++rows;
        QVERIFY2(line.contains(";DE;"), line.constData());
        QVERIFY2(
            m_bounces.value(QString::fromUtf8(line.left(line.indexOf(';'))).toLower()).category != BounceCategory::Hard,
            line.constData());
    }
    QCOMPARE(rows, expected);
    QCOMPARE(m_settings->lastExportFile(), m_prompts.fileToSave);
}

void TestExportDialog::savedDefinitionsComeBack()
{
    auto* status = child<QComboBox>("statusCombo");
    status->setCurrentIndex(status->findData(int(StatusChoice::Archived)));
    auto* encoding = child<QComboBox>("encodingCombo");
    encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Windows1252)));
    waitForCount();
    QVERIFY(child<QLabel>("encodingWarning")->text().contains(u"Windows-1252"_s));
    m_prompts.nameToGive = u"Archived users"_s;
    QTest::mouseClick(child<QPushButton>("saveDefinitionButton"), Qt::LeftButton);
    const ExportDefinition saved = m_dialog->definition();
    QCOMPARE(saved.name, u"Archived users"_s);
    QCOMPARE(m_settings->exportDefinition(u"Archived users"_s), saved.toJson());

    // A new dialog starts from the last settings; choosing the saved one restores it whole.
    m_dialog.reset();
    openDialog();
    QCOMPARE(m_dialog->definition().criteria.status, StatusChoice::Archived);
    child<QComboBox>("statusCombo")->setCurrentIndex(0);
    auto* definitions = child<QComboBox>("exportDefinitions");
    const int index = definitions->findData(u"Archived users"_s);
    QVERIFY(index > 0);
    definitions->setCurrentIndex(index);
    Q_EMIT definitions->activated(index);
    QCOMPARE(m_dialog->definition(), saved);
}

void TestExportDialog::withoutFieldsNothingIsExported()
{
    auto* tree = child<QTreeWidget>("chosenFields");
    tree->selectAll();
    QTest::mouseClick(child<QPushButton>("removeFieldButton"), Qt::LeftButton);
    QCOMPARE(tree->topLevelItemCount(), 0);
    QTRY_VERIFY(child<QLabel>("exportCount")->text().contains(u"at least one field"_s));
    QVERIFY(!child<QPushButton>("exportButton")->isEnabled());
}

QTEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
