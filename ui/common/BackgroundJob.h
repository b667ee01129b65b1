// SPDX-License-Identifier: Apache-2.0
// Work that must not block the GUI thread (reading and checking a file,
// writing a PDF): job runs on Qt's global pool and done gets its result on
// context's thread. When context goes first, done is never called.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace credit::ui {

template<typename Job, typename Done> void runInBackground(QObject *context, Job job, Done done)
{
    using Outcome = std::invoke_result_t<Job>;
    auto *watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

} // namespace credit::ui
