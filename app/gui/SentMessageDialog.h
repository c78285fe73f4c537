#pragma once

#include "reputation/SentMessage.h"

#include <QDialog>

class Settings;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Takes a message the board sent, pasted or opened from an .eml file, and shows what Mailroom
// reads from it (From and Return-Path domains, DKIM signatures, the sending server) before the
// Reputation page's form is filled with it.
class SentMessageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SentMessageDialog(Settings& settings, QWidget* parent = nullptr);

    const SentMessage& message() const { return m_message; }
    void setText(const QString& text);

private:
    void openFile();
    void readFile(const QString& path);
    void readText();

    Settings& m_settings;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    SentMessage m_message;
};
