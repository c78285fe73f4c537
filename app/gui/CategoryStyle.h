#pragma once

#include "bounces/BounceReason.h"

#include <QColor>

// One colour per category, shared by the summary tiles and the chart so they read as a legend
// for each other. Chosen to stay apart for the common forms of colour blindness.
inline QColor categoryColor(BounceCategory category)
{
    switch (category) {
    case BounceCategory::Hard:
        return QColor(0xc0, 0x39, 0x2b);
    case BounceCategory::Soft:
        return QColor(0xe6, 0x9b, 0x1e);
    case BounceCategory::Blocked:
        return QColor(0x2e, 0x6d, 0xb4);
    case BounceCategory::None:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98);
}
