#include "board/BoardWorker.h"
#include "board/DemoBoard.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The board database on its own thread: calls return at once and end with one signal each.
class TestBoardWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionsRunOffTheCallingThread();
    void aBoardThatIsNotThereSaysSo();
    void aCancelStopsWhatWasAskedBeforeIt();

private:
    // The demo board in dir, opened by worker.
    static void openDemo(BoardWorker& worker, const QTemporaryDir& dir);
};

void TestBoardWorker::openDemo(BoardWorker& worker, const QTemporaryDir& dir)
{
    DemoBoardFiles files;
    QString error;
    QVERIFY2(DemoBoard::ensure(dir.filePath(u"demo"_s), &files, &error), qPrintable(error));
    QSignalSpy opened(&worker, &BoardWorker::opened);
    worker.open(BoardConnection::demo(files.database), {}, dir.filePath(u"audit.sqlite"_s));
    QVERIFY(opened.wait(10000));
    QVERIFY2(opened.front().at(0).toBool(), qPrintable(opened.front().at(1).toString()));
    QVERIFY(worker.isOpen());
}

void TestBoardWorker::actionsRunOffTheCallingThread()
{
    QTemporaryDir dir;
    BoardWorker worker;
    openDemo(worker, dir);
    if (QTest::currentTestFailed())
        return;

    QSignalSpy acted(&worker, &BoardWorker::acted);
    worker.act(BoardWorker::Action::Archive, {1, 2}, {}, false);
    QCOMPARE(acted.count(), 0); // returned before the work was done
    QVERIFY(acted.wait(10000));
    const auto result = acted.front().at(1).value<BoardApplyResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.applied.size(), 2);

    worker.act(BoardWorker::Action::SetEmail, {3}, u"not an address"_s, false);
    QVERIFY(acted.wait(10000));
    QVERIFY(!acted.back().at(1).value<BoardApplyResult>().ok);

    QSignalSpy audit(&worker, &BoardWorker::auditRead);
    worker.readAudit();
    QVERIFY(audit.wait(10000));
    const auto entries = audit.front().at(0).value<QList<AuditEntry>>();
    QCOMPARE(entries.size(), 2);

    QSignalSpy undone(&worker, &BoardWorker::undone);
    worker.undo(entries.front().id);
    QVERIFY(undone.wait(10000));
    QVERIFY(undone.front().at(1).value<BoardApplyResult>().ok);
}

void TestBoardWorker::aBoardThatIsNotThereSaysSo()
{
    QTemporaryDir dir;
    BoardWorker worker;
    QSignalSpy opened(&worker, &BoardWorker::opened);
    worker.open(BoardConnection::demo(dir.filePath(u"missing.sqlite"_s)), {}, dir.filePath(u"audit.sqlite"_s));
    QVERIFY(opened.wait(10000));
    QVERIFY(!opened.front().at(0).toBool());
    QVERIFY(opened.front().at(1).toString().contains(u"does not exist"_s));
    QSignalSpy acted(&worker, &BoardWorker::acted);
    worker.act(BoardWorker::Action::Flag, {1}, {}, false);
    QVERIFY(acted.wait(10000));
    QVERIFY(acted.front().at(1).value<BoardApplyResult>().error.contains(u"No board database is open"_s));
}

void TestBoardWorker::aCancelStopsWhatWasAskedBeforeIt()
{
    QTemporaryDir dir;
    BoardWorker worker;
    openDemo(worker, dir);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!worker.isBusy());

    // Every seeker archived, cancelled at once: the whole action is stopped, nothing written.
    QList<qint64> ids;
    for (qint64 id = 1; id <= 3000; ++id)
        ids.append(id);
    QSignalSpy busy(&worker, &BoardWorker::busyChanged);
    QSignalSpy acted(&worker, &BoardWorker::acted);
    worker.act(BoardWorker::Action::Archive, ids, {}, false);
    QVERIFY(worker.isBusy());
    worker.cancel();
    QVERIFY(acted.wait(20000));
    const auto stopped = acted.front().at(1).value<BoardApplyResult>();
    QVERIFY(!stopped.ok);
    QVERIFY2(stopped.error.contains(u"ancelled"_s), qPrintable(stopped.error));
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QVERIFY(!worker.isBusy());
    QSignalSpy audit(&worker, &BoardWorker::auditRead);
    worker.readAudit();
    QVERIFY(audit.wait(10000));
    QVERIFY(audit.front().at(0).value<QList<AuditEntry>>().isEmpty());

    // What is asked after the cancel runs.
    worker.act(BoardWorker::Action::Archive, {1, 2}, {}, false);
    QVERIFY(acted.wait(10000));
    const auto after = acted.back().at(1).value<BoardApplyResult>();
    QVERIFY2(after.ok, qPrintable(after.error));
    QCOMPARE(after.applied.size(), 2);
}

QTEST_GUILESS_MAIN(TestBoardWorker)
#include "TestBoardWorker.moc"
