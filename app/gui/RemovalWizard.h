#pragma once

#include "removal/BlockKnowledge.h"
#include "reputation/ReputationCheck.h"
#include "support/Settings.h"

#include <QDateTime>
#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

class CaresResolver;
class RemovalTracker;
struct DraftFacts;
struct RecipientRecord;

// From a blocked bounce to a tracked removal request: what happened (the provider and its code,
// recognised and correctable), the reputation checks, what to fix first, the request itself
// (a letter from a template, or the provider's checklist where it takes no requests), and
// tracking. Every page works from the keyboard.
class RemovalWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WhatHappenedPage,
        ChecksPage,
        FixFirstPage,
        RequestPage,
        TrackPage,
    };

    // What the pages learn, in order.
    struct State
    {
        QString bounceText;
        QDateTime bounceAt; // of the newest bounce it came from
        QStringList recipientDomains;
        BlockRecognition recognition; // as recognised from bounceText
        const BlockProvider* provider = nullptr; // where the request goes, as the owner confirmed it
        QString code;
        QHostAddress ip;
        QByteArray domain; // the board's domain: the settings', or the one the bounces name
        std::optional<ReputationReport> firstReport; // the first check
        std::optional<ReputationReport> report; // the latest
        QStringList fixed; // problems of the first check that the latest no longer shows
        bool checklist = false; // the provider takes no requests: its requirements instead
        std::optional<OwnerDetails> owner; // as typed on the request page; the settings' until then
        QString draft;
    };

    RemovalWizard(Settings& settings, RemovalTracker& tracker, QWidget* parent = nullptr);
    ~RemovalWizard() override;

    // Starts from bounces selected on the Bounces page: their replies, newest first.
    void setBounces(const QList<const RecipientRecord*>& records);
    void setBounceText(const QString& text);

    State& state() { return m_state; }
    Settings& settings() { return m_settings; }

    // The reputation check of the state's address and the settings' domain, with progress. A
    // new run or cancelCheck() drops the answers of one still running.
    void runCheck(std::function<void(int done, int total)> progress, std::function<void(const ReputationReport&)> done);
    void cancelCheck();
    bool isChecking() const { return m_resolver != nullptr; }

    // The facts of the request as the pages have them now.
    DraftFacts draftFacts() const;
    // The id of the request stored when the wizard finished.
    QString storedId() const { return m_storedId; }

Q_SIGNALS:
    void requestStored(const QString& id);

protected:
    void accept() override;
    void done(int result) override;

private:
    Settings& m_settings;
    RemovalTracker& m_tracker;
    State m_state;
    std::unique_ptr<CaresResolver> m_resolver;
    int m_generation = 0;
    QString m_storedId;
    QString m_requestId;
};
