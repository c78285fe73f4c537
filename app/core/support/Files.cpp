#include "support/Files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {
class FilesText
{
    Q_DECLARE_TR_FUNCTIONS(FilesText)
};
} // namespace

namespace Files {

bool writeWhole(const QString& path, const QByteArray& content, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = FilesText::tr("The folder of %1 cannot be created.").arg(shown);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = FilesText::tr("%1 cannot be written: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace Files
