#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Where the demo board's files are.
struct DemoBoardFiles
{
    QString folder;
    QString database; // board.sqlite: users and board tables (the demo schema)
    QString eximLog; // exim-mainlog
    QString postfixLog; // postfix-maillog (Postfix's own maillog_file format)
    // expected-bounces.csv: address,category,reason,user_id,scenario: what a scan of either log
    // should conclude for every demo user that a bounce scenario touches (category "none" for
    // those whose trouble cleared). Written for tests and for comparing classifiers.
    QString expectedBounces;
};

// The embedded demo board: a job board with thousands of seekers and hundreds of employers,
// plus the Exim and Postfix logs of its last weeks of mail, with bounces in every category.
// Everything comes from a fixed seed, so the same generator version writes the same content on
// every machine; nothing depends on the clock.
class DemoBoard
{
    Q_DECLARE_TR_FUNCTIONS(DemoBoard)

public:
    // Raise when the generated content changes, so ensure() replaces older demo folders.
    static constexpr int GeneratorVersion = 1;
    static constexpr int SeekerCount = 5200;
    static constexpr int EmployerCount = 540;

    // The demo's "now": registrations, logins and logs all lie before it.
    static QDateTime referenceTime();

    // The file names inside a folder (nothing is checked or created).
    static DemoBoardFiles filesIn(const QString& folder);

    // Writes all files into folder (created if missing), replacing earlier ones.
    static bool generate(const QString& folder, DemoBoardFiles* files, QString* error);
    // Generates only when a file is missing or was written by another generator version.
    static bool ensure(const QString& folder, DemoBoardFiles* files, QString* error);

    // The per-user application data folder + "/demo".
    static QString defaultFolder();
};
