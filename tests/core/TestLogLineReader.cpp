#include "TestFiles.h"
#include "mail/LogLineReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestLogLineReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLinesWithNumbersAndOffsets_data();
    void readsLinesWithNumbersAndOffsets();
    void gzipIsReadTransparentlyAndConcatenatedMembersToo();
    void truncatedGzipKeepsTheLinesBeforeTheCut();
    void overlongLinesAreReportedNotBuffered();
    void linesAtFetchesRawLinesByOffset();
    void blocksOfAnySizeGiveTheSameLines();
    void missingFileIsAnOpenError();

private:
    QString write(const QString& name, const QByteArray& bytes) { return TestFiles::write(m_dir.path(), name, bytes); }
    static QByteArray gzip(const QByteArray& data) { return TestFiles::gzip(data); }

    QTemporaryDir m_dir;
};

void TestLogLineReader::readsLinesWithNumbersAndOffsets_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QList<qint64>>("offsets");

    QTest::newRow("plain lines") << QByteArray("a\nbb\nccc\n") << QByteArrayList {"a", "bb", "ccc"}
                                 << QList<qint64> {0, 2, 5};
    QTest::newRow("a last line without newline")
        << QByteArray("a\nbb") << QByteArrayList {"a", "bb"} << QList<qint64> {0, 2};
    QTest::newRow("CRLF endings lose the CR")
        << QByteArray("a\r\nb\r\n") << QByteArrayList {"a", "b"} << QList<qint64> {0, 3};
    QTest::newRow("empty lines are lines")
        << QByteArray("\n\nx\n") << QByteArrayList {"", "", "x"} << QList<qint64> {0, 1, 2};
    QTest::newRow("an empty file has no lines") << QByteArray() << QByteArrayList {} << QList<qint64> {};
}

void TestLogLineReader::readsLinesWithNumbersAndOffsets()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArrayList, lines);
    QFETCH(QList<qint64>, offsets);

    LogLineReader reader(write(QStringLiteral("plain.log"), content));
    QByteArrayList gotLines;
    QList<qint64> gotOffsets;
    quint64 expectNumber = 0;
    const auto status = reader.read([&](QByteArrayView line, quint64 number, qint64 offset) {
        [&] { QCOMPARE(number, ++expectNumber); }();
        gotLines.append(line.toByteArray());
        gotOffsets.append(offset);
        return true;
    });
    QCOMPARE(status, LogLineReader::Status::Ok);
    QCOMPARE(gotLines, lines);
    QCOMPARE(gotOffsets, offsets);
}

void TestLogLineReader::gzipIsReadTransparentlyAndConcatenatedMembersToo()
{
    QByteArray big;
    for (int i = 0; i < 200000; ++i) // several read blocks, so lines cross block borders
        big += "2024-03-01 10:00:00 line " + QByteArray::number(i) + '\n';
    const QString path = write(QStringLiteral("rotated.gz"), gzip(big) + gzip("tail one\ntail two\n"));

    LogLineReader reader(path);
    quint64 count = 0;
    QByteArray last;
    QByteArray line150k;
    const auto status = reader.read([&](QByteArrayView line, quint64 number, qint64) {
        ++count;
        last = line.toByteArray();
        if (number == 150001)
            line150k = line.toByteArray();
        return true;
    });
    QCOMPARE(status, LogLineReader::Status::Ok);
    QVERIFY(reader.isCompressed());
    QCOMPARE(count, 200002u);
    QCOMPARE(line150k, QByteArray("2024-03-01 10:00:00 line 150000"));
    QCOMPARE(last, QByteArray("tail two"));
}

void TestLogLineReader::truncatedGzipKeepsTheLinesBeforeTheCut()
{
    QByteArray text;
    for (int i = 0; i < 50000; ++i)
        text += "line " + QByteArray::number(i) + " with some text to compress\n";
    const QByteArray packed = gzip(text);
    const QString path = write(QStringLiteral("cut.gz"), packed.first(packed.size() / 2));

    LogLineReader reader(path);
    quint64 count = 0;
    const auto status = reader.read([&](QByteArrayView, quint64, qint64) {
        ++count;
        return true;
    });
    QCOMPARE(status, LogLineReader::Status::Truncated);
    QVERIFY(count > 1000);
    QVERIFY(count < 50000);
    QVERIFY(!reader.errorString().isEmpty());
}

void TestLogLineReader::overlongLinesAreReportedNotBuffered()
{
    const QByteArray huge(10 * 1024 * 1024, 'x'); // 10 MB in one line
    const QString path = write(QStringLiteral("long.log"), "before\n" + huge + "\nafter\n");

    LogLineReader reader(path);
    reader.setMaxLineLength(64 * 1024);
    QList<LogLineReader::LongLine> longLines;
    reader.setLongLineHandler([&](const LogLineReader::LongLine& l) { longLines.append(l); });
    QByteArrayList lines;
    QList<quint64> numbers;
    reader.read([&](QByteArrayView line, quint64 number, qint64) {
        lines.append(line.toByteArray());
        numbers.append(number);
        return true;
    });
    QCOMPARE(lines, (QByteArrayList {"before", "after"}));
    QCOMPARE(numbers, (QList<quint64> {1, 3}));
    QCOMPARE(longLines.size(), 1);
    QCOMPARE(longLines[0].lineNumber, 2u);
    QCOMPARE(longLines[0].length, huge.size());
}

void TestLogLineReader::linesAtFetchesRawLinesByOffset()
{
    const QString plain = write(QStringLiteral("fetch.log"), "zero\none\ntwo\nthree\n");
    QCOMPARE(LogLineReader::linesAt(plain, {13, 5}), (QList<QByteArray> {"one", "three"}));
    const QString packed = write(QStringLiteral("fetch.log.gz"), gzip("zero\none\ntwo\nthree\n"));
    QCOMPARE(LogLineReader::linesAt(packed, {9, 99}), (QList<QByteArray> {"two", QByteArray()}));
}

// Blocks end at every possible place: inside a line, on a CR, right after a newline, inside an
// over-long line and just after it. Lines, numbers, offsets and skipped lines must not change,
// and the blocks must hold exactly the stream's bytes minus the skipped lines.
void TestLogLineReader::blocksOfAnySizeGiveTheSameLines()
{
    const QByteArray content = "first\r\n\nsecond line\n" + QByteArray(300, 'L') + "\nthird\r\n" + QByteArray(90, 'm')
        + "\n" + QByteArray(120, 'M') + "\nlast without newline";
    const QString path = write(QStringLiteral("blocks.log"), content);
    const QString packed = write(QStringLiteral("blocks.log.gz"), gzip(content));

    struct Read
    {
        QByteArrayList lines;
        QList<quint64> numbers;
        QList<qint64> offsets;
        QList<LogLineReader::LongLine> longLines;
    };
    const auto readAll = [](const QString& file, qint64 blockSize) {
        Read out;
        LogLineReader reader(file);
        reader.setMaxLineLength(100);
        reader.setBlockSize(blockSize);
        reader.setLongLineHandler([&](const LogLineReader::LongLine& l) { out.longLines.append(l); });
        const auto status = reader.read([&](QByteArrayView line, quint64 number, qint64 offset) {
            out.lines.append(line.toByteArray());
            out.numbers.append(number);
            out.offsets.append(offset);
            return true;
        });
        if (status != LogLineReader::Status::Ok)
            out.lines.append("status " + QByteArray::number(int(status)));
        return out;
    };

    const Read whole = readAll(path, 1 << 20);
    QCOMPARE(whole.lines,
        (QByteArrayList {"first", "", "second line", "third", QByteArray(90, 'm'), "last without newline"}));
    QCOMPARE(whole.numbers, (QList<quint64> {1, 2, 3, 5, 6, 8}));
    QCOMPARE(whole.offsets.first(), 0);
    QCOMPARE(whole.offsets.last(), content.indexOf("last"));
    QCOMPARE(whole.longLines.size(), 2);
    QCOMPARE(whole.longLines[0].lineNumber, 4u);
    QCOMPARE(whole.longLines[0].length, 300);
    QCOMPARE(whole.longLines[1].lineNumber, 7u);
    QCOMPARE(whole.longLines[1].length, 120);

    for (qint64 size = 16; size <= 140; ++size) {
        for (const QString& file : {path, packed}) {
            const Read small = readAll(file, size);
            QCOMPARE(small.lines, whole.lines);
            QCOMPARE(small.numbers, whole.numbers);
            QCOMPARE(small.offsets, whole.offsets);
            QCOMPARE(small.longLines.size(), whole.longLines.size());
            for (qsizetype i = 0; i < small.longLines.size(); ++i) {
                QCOMPARE(small.longLines[i].lineNumber, whole.longLines[i].lineNumber);
                QCOMPARE(small.longLines[i].length, whole.longLines[i].length);
            }
        }

        // The blocks themselves: whole lines at their offsets, nothing lost but skipped lines.
        LogLineReader reader(path);
        reader.setMaxLineLength(100);
        reader.setBlockSize(size);
        LogLineReader::Block block;
        QByteArray joined;
        qint64 skipped = 0;
        while (reader.nextBlock(block)) {
            if (block.skippedBefore >= 0)
                skipped += block.skippedBefore + 1;
            QCOMPARE(block.offset, joined.size() + skipped);
            if (!block.bytes.isEmpty() && block.offset + block.bytes.size() < content.size())
                QVERIFY(block.bytes.endsWith('\n'));
            joined += block.bytes;
        }
        QCOMPARE(reader.status(), LogLineReader::Status::Ok);
        QCOMPARE(joined.size() + skipped, content.size());
    }
}

void TestLogLineReader::missingFileIsAnOpenError()
{
    LogLineReader reader(m_dir.filePath(QStringLiteral("no-such-file")));
    QCOMPARE(reader.read([](QByteArrayView, quint64, qint64) { return true; }), LogLineReader::Status::OpenError);
    QVERIFY(!reader.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestLogLineReader)
#include "TestLogLineReader.moc"
