#include "ActivityPage.h"
#include "UserPrompts.h"
#include "board/BoardWorker.h"
#include "board/DemoBoard.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

class ConfirmingPrompts : public UserPrompts
{
public:
    QStringList asked;
    QStringList messages;
    void confirm(QWidget*, const QString&, const QString& text, const QString&, std::function<void()> yes) override
    {
        asked.append(text);
        yes();
    }
    void showMessage(QWidget*, QMessageBox::Icon, const QString&, const QString& text, const QString&) override
    {
        messages.append(text);
    }
};

} // namespace

// The Activity page: the changes made to the board, undone and exported from there.
class TestActivityPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesAreListedUndoneAndExported();
};

void TestActivityPage::changesAreListedUndoneAndExported()
{
    QTemporaryDir dir;
    DemoBoardFiles files;
    QString error;
    QVERIFY2(DemoBoard::ensure(dir.filePath(u"demo"_s), &files, &error), qPrintable(error));
    BoardWorker worker;
    ConfirmingPrompts prompts;
    ActivityPage page(worker, prompts);
    page.resize(900, 500);
    page.show();
    QVERIFY(page.findChild<QLabel*>(u"activityEmptyState"_s)->isVisible());

    QSignalSpy opened(&worker, &BoardWorker::opened);
    worker.open(BoardConnection::demo(files.database), {}, dir.filePath(u"audit.sqlite"_s));
    QVERIFY(opened.wait(10000));
    QSignalSpy read(&worker, &BoardWorker::auditRead);
    worker.act(BoardWorker::Action::Archive, {1, 2}, {}, false);
    auto* list = page.findChild<QTreeWidget*>(u"activityList"_s);
    QVERIFY(QTest::qWaitFor([&] { return list->topLevelItemCount() == 2; }, 10000));
    QCOMPARE(list->topLevelItem(0)->text(2), u"status"_s);
    QCOMPARE(list->topLevelItem(0)->text(3), u"active"_s);
    QCOMPARE(list->topLevelItem(0)->text(4), u"archived"_s);

    // Undo the newest, through the button and the confirmation.
    list->setCurrentItem(list->topLevelItem(0));
    auto* undo = page.findChild<QPushButton*>(u"undoChange"_s);
    QVERIFY(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(prompts.asked.size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return list->topLevelItemCount() == 3; }, 10000));
    QVERIFY(list->topLevelItem(1)->text(6).startsWith(u"by change"_s));
    QVERIFY(prompts.messages.isEmpty());

    const QString csv = dir.filePath(u"activity.csv"_s);
    QVERIFY2(page.exportCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("audit_id,time,user_id,field,old_value,new_value,os_user,undo_of,undone_by\r\n"));
    QCOMPARE(content.count("\r\n"), 4);
}

QTEST_MAIN(TestActivityPage)
#include "TestActivityPage.moc"
