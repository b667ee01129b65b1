// SPDX-License-Identifier: Apache-2.0
#include "devnet/MarketRuntime.h"

#include "devnet/ChainDb.h"
#include "devnet/Genesis.h"
#include "market/ContractState.h"
#include "market/CreditMarketExecutor.h"
#include "market/MarketCalls.h"

namespace credit::devnet {

namespace {

//! Contract state straight in the devnet's SQLite, inside the caller's savepoint.
class ChainDbContractState final : public market::ContractState {
public:
    explicit ChainDbContractState(ChainDb &db) : m_db(db) { }
    std::optional<QByteArray> get(const QByteArray &key) const override { return m_db.stateGet(key); }
    void put(const QByteArray &key, const QByteArray &value) override
    {
        if (auto r = m_db.statePut(key, value); !r)
            m_failed = true;
    }
    bool failed() const { return m_failed; }

private:
    ChainDb &m_db;
    bool m_failed = false;
};

Execution toExecution(const market::ExecutionResult &r)
{
    Execution ex;
    ex.status = r.reverted ? chain::kStatusRevert : chain::kStatusSuccess;
    ex.output = r.output;
    for (const auto &log : r.logs)
        ex.logs << chain::LogEntry { log.address, log.topics, log.data };
    return ex;
}

} // namespace

Execution MarketRuntime::execute(ChainDb &db, const QByteArray &sender, const QByteArray &to, const QByteArray &data,
    quint64 blockNumber, quint64 timestampMs)
{
    ChainDbContractState state(db);
    Execution ex = toExecution(market::execute(state, to, sender, data, static_cast<qint64>(timestampMs), blockNumber));
    if (state.failed()) // a disk error is not the contract's verdict; never commit half a write
        return { chain::kStatusRevert, {}, {} };
    return ex;
}

Result<void> MarketRuntime::initialiseGenesisState(ChainDb &db, const Genesis &genesis, bool writeInstitutions)
{
    ChainDbContractState state(db);
    if (auto r = market::initialiseOperator(state, genesis.operatorAccount); !r)
        return r;
    for (const auto &inst : writeInstitutions ? genesis.institutions : QList<GenesisInstitution>()) {
        auto call = market::calls::registerInstitution(
            inst.account, inst.code, inst.name, static_cast<market::Role>(inst.role), inst.region, inst.publicKey);
        if (!call)
            return call.error();
        const auto r = market::execute(
            state, genesis.contractAddress, genesis.operatorAccount, *call, static_cast<qint64>(genesis.timestamp), 0);
        if (r.reverted)
            return makeError(ErrorKind::InvalidInput,
                QStringLiteral("genesis institution \"%1\": %2").arg(inst.name, r.revertReason));
    }
    if (state.failed())
        return makeError(ErrorKind::Io, QStringLiteral("cannot write the genesis contract state"));
    return {};
}

} // namespace credit::devnet
