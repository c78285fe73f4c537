#include "CliCommon.h"

#include <QDateTime>

#include <cstdio>

namespace Cli {

void out(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void err(const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QByteArray csvField(const QByteArray& value)
{
    const bool quote = value.contains(',') || value.contains('"') || value.contains('\n') || value.contains('\r');
    if (!quote)
        return value;
    QByteArray quoted = value;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray isoUtc(qint64 msSinceEpoch)
{
    if (msSinceEpoch == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODate).toLatin1();
}

} // namespace Cli
