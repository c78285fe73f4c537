#pragma once

#include "export/ContactExport.h"

#include <QDialog>

class ExportWorker;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class Settings;
class UserPrompts;

// Exporting contacts to CSV: who (seekers, employers, both), which fields under which headers
// (picked, ordered by drag or buttons, renamed), which criteria, which clean-up, which file
// format (presets for Excel and mailing services). A live count and preview follow every change
// from the worker thread; the export runs there too, with progress and cancel, and ends with a
// summary. Definitions are saved by name and shared with `mailroom-cli export`.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(ExportWorker& worker, Settings& settings, UserPrompts& prompts, ExportBounces bounces,
        QWidget* parent = nullptr);

    // The definition as the dialog's controls say now.
    ExportDefinition definition() const;
    void setDefinition(const ExportDefinition& definition);
    // The last count's summary (rows that would be written, left out, preview).
    const ExportSummary& lastCount() const { return m_lastCount; }
    // Exports to path without asking for a file (what Export... does after the file dialog).
    void exportTo(const QString& path);

Q_SIGNALS:
    void countUpdated();
    void exportFinished(const ExportSummary& summary);

protected:
    void reject() override;

private:
    QWidget* createContactsTab();
    QWidget* createFieldsTab();
    QWidget* createCleanupTab();
    QWidget* createFileTab();
    void createDefinitionRow(class QBoxLayout* layout);
    QListWidget* createPlaceList(const QString& name);
    QDateEdit* createDateEdit(const QString& name);

    void changed(); // any control changed: schedule a count
    void requestCount();
    void showCount(int request, const ExportSummary& summary);
    void askForPlaces(ContactKind who);
    void showPlaces(ContactKind who, const ExportPlaces& places, const QString& error);
    void fillPlaceList(QListWidget* list, const QMap<QString, qint64>& counts, const QStringList& checked);
    static QStringList checkedPlaces(const QListWidget* list);

    void addFields();
    void removeFields();
    void moveField(int step);
    void updateFieldButtons();
    QTreeWidgetItem* chosenItem(const ExportColumn& column) const;
    void refillAvailable();

    void choosePreset(int index);
    void updateEncodingWarning();
    void formatEdited();

    void chooseDefinition(int index);
    void saveDefinition();
    void deleteDefinition();
    void fillDefinitions(const QString& current);

    void askForFile();
    void showProgress(qint64 done, qint64 total);
    void finishExport(const ExportSummary& summary);
    void setExporting(bool exporting);

    ExportWorker& m_worker;
    Settings& m_settings;
    UserPrompts& m_prompts;
    ExportBounces m_bounces;
    ExportSummary m_lastCount;
    int m_countRequest = 0;
    bool m_filling = false; // controls are being set from a definition: no counts
    ContactKind m_placesFor = ContactKind::Both;
    bool m_placesAsked = false;

    QComboBox* m_definitions = nullptr;
    QPushButton* m_deleteDefinition = nullptr;
    QTabWidget* m_tabs = nullptr;

    QButtonGroup* m_who = nullptr;
    QListWidget* m_countries = nullptr;
    QListWidget* m_regions = nullptr;
    QListWidget* m_cities = nullptr;
    QComboBox* m_subscribed = nullptr;
    QComboBox* m_jobAlert = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_registeredFromOn = nullptr;
    QDateEdit* m_registeredFrom = nullptr;
    QCheckBox* m_registeredToOn = nullptr;
    QDateEdit* m_registeredTo = nullptr;
    QCheckBox* m_loginFromOn = nullptr;
    QDateEdit* m_loginFrom = nullptr;
    QCheckBox* m_loginToOn = nullptr;
    QDateEdit* m_loginTo = nullptr;

    QListWidget* m_available = nullptr;
    QTreeWidget* m_chosen = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QLabel* m_fieldHelp = nullptr;

    QCheckBox* m_cleanHard = nullptr;
    QCheckBox* m_cleanArchived = nullptr;
    QCheckBox* m_cleanOptIn = nullptr;
    QCheckBox* m_cleanDuplicates = nullptr;
    QCheckBox* m_cleanInvalid = nullptr;
    QCheckBox* m_cleanTrim = nullptr;

    QComboBox* m_preset = nullptr;
    QLabel* m_presetHelp = nullptr;
    QComboBox* m_separator = nullptr;
    QComboBox* m_quote = nullptr;
    QComboBox* m_lineEnding = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_encodingWarning = nullptr;
    QCheckBox* m_header = nullptr;
    QLineEdit* m_emptyText = nullptr;
    QComboBox* m_dateFormat = nullptr;
    QCheckBox* m_formulaProtection = nullptr;
    CsvFormat m_presetLimits; // the limits of the chosen preset, which have no controls

    QLabel* m_count = nullptr;
    QTableWidget* m_preview = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_cancelExport = nullptr;
    QPushButton* m_close = nullptr;
    QTimer* m_countTimer = nullptr;
};
