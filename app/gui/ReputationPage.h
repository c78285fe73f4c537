#pragma once

#include "reputation/ReputationCheck.h"
#include "reputation/SendingIdentity.h"
#include "reputation/SentMessage.h"

#include <QWidget>

#include <memory>

class CaresResolver;
class Settings;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeWidget;

// Reputation checks of the board's sending addresses and domain: blocklists, Sender Score,
// reverse DNS, SPF, DMARC, DKIM and MX, with findings grouped by severity and each finding's
// detail, and a record to publish where one can be written, a click away.
class ReputationPage : public QWidget
{
    Q_OBJECT

public:
    // The last check is kept in storePath (default: in the settings' data folder) and shown again
    // when the page opens.
    explicit ReputationPage(Settings& settings, QWidget* parent = nullptr, const QString& storePath = {});
    ~ReputationPage() override;

    bool isChecking() const;
    // The bounces on screen: their replies name the board's sending addresses and their senders
    // its domain. Empty fields are filled from them; "From the bounces" fills all.
    void setBounces(const std::vector<RecipientRecord>& recipients);
    // Shows a finished check; tests hand one in directly.
    void setReport(const ReputationReport& report);
    const ReputationReport* report() const { return m_report.get(); }

public Q_SLOTS:
    void checkNow();
    void cancelCheck();
    // Fills the form from a message the board sent, pasted or opened in a dialog.
    void readSentMessage();
    void fillFromMessage(const SentMessage& message);

Q_SIGNALS:
    void checkingChanged(bool checking);
    void statusMessage(const QString& message);

private:
    void showFinding();
    void showReport(const ReputationReport& report);
    void setChecking(bool checking);
    bool readForm(ReputationRequest* request, QString* nameserver, QString* error) const;

    Settings& m_settings;
    QLineEdit* m_addresses = nullptr;
    QLineEdit* m_domain = nullptr;
    QLineEdit* m_envelope = nullptr;
    QLineEdit* m_selector = nullptr;
    QLineEdit* m_dkimDomain = nullptr;
    QLineEdit* m_helo = nullptr;
    QLineEdit* m_nameserver = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_fromBounces = nullptr;
    QPushButton* m_fromMessage = nullptr;
    SendingIdentity m_suggested;
    QProgressBar* m_progress = nullptr;
    QLabel* m_formError = nullptr;
    QLabel* m_lastChecked = nullptr;
    QStackedWidget* m_body = nullptr;
    QLabel* m_emptyState = nullptr;
    QTreeWidget* m_findings = nullptr;
    QTextBrowser* m_detail = nullptr;
    QPushButton* m_copyRecord = nullptr;
    std::unique_ptr<CaresResolver> m_resolver;
    std::unique_ptr<ReputationReport> m_report;
    QString m_storePath;
    int m_generation = 0; // a cancelled check's late answers are ignored
};
