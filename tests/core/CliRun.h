#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

// mailroom-cli run as a script runs it: arguments, standard input, exit status and both outputs.
// The test target defines MAILROOM_CLI as the path of the built mailroom-cli.
struct CliRun
{
    int exitCode = -1; // -1: it did not end in time; -2: it crashed
    QByteArray out;
    QByteArray err;

    static CliRun of(const QStringList& arguments, const QByteArray& input = {}, bool closeInput = true,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MAILROOM_CLI), arguments);
        if (!input.isEmpty())
            process.write(input);
        if (closeInput)
            process.closeWriteChannel();
        CliRun result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
};
