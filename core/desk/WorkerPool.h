// SPDX-License-Identifier: Apache-2.0
// A worker thread pool whose owner never waits for it. Locking destroys the
// desks ("lock never waits", docs/DECISIONS.md): a QThreadPool member would
// join its running job in its destructor. Jobs hold what they touch by shared
// pointer; when the owner goes while one still runs, the pool is handed to
// the application, ends its threads once idle, and the application waits for
// it only at exit.
#pragma once

#include <QThreadPool>

namespace credit::desk {

class WorkerPool final {
public:
    //! threads: at most this many at once, kept while the owner lives.
    explicit WorkerPool(int threads);
    ~WorkerPool();
    Q_DISABLE_COPY_MOVE(WorkerPool)

    QThreadPool *get() const { return m_pool; }

private:
    QThreadPool *m_pool; // owned until handed to the application
};

} // namespace credit::desk
