// SPDX-License-Identifier: Apache-2.0
#include "desk/WorkerPool.h"

#include <QCoreApplication>

namespace credit::desk {

WorkerPool::WorkerPool(int threads) : m_pool(new QThreadPool)
{
    m_pool->setMaxThreadCount(threads);
    m_pool->setExpiryTimeout(-1);
}

WorkerPool::~WorkerPool()
{
    if (m_pool->waitForDone(0) || !QCoreApplication::instance()) {
        delete m_pool;
        return;
    }
    m_pool->setExpiryTimeout(1000);
    m_pool->setParent(QCoreApplication::instance());
}

} // namespace credit::desk
