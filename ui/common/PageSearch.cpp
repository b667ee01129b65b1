// SPDX-License-Identifier: Apache-2.0
#include "common/PageSearch.h"

#include <QLineEdit>

namespace credit::ui {

namespace {
constexpr char kProperty[] = "creditPageSearch";
}

void markPageSearch(QLineEdit *field)
{
    field->setProperty(kProperty, true);
}

QLineEdit *pageSearch(const QWidget *page)
{
    if (!page)
        return nullptr;
    const QList<QLineEdit *> fields = page->findChildren<QLineEdit *>();
    for (QLineEdit *field : fields)
        if (field->property(kProperty).toBool())
            return field;
    return nullptr;
}

} // namespace credit::ui
