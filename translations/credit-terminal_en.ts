<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Anomalies</name>
    <message numerus="yes">
        <source>%n queries of one enterprise within %1 days</source>
        <translation>
            <numerusform>%n query of one enterprise within %1 days</numerusform>
            <numerusform>%n queries of one enterprise within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>authorisation %1 used by %n orders within %2 days</source>
        <translation>
            <numerusform>authorisation %1 used by %n order within %2 days</numerusform>
            <numerusform>authorisation %1 used by %n orders within %2 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>authorisation %1 revoked ≤ %2 days after %n use(s)</source>
        <translation>
            <numerusform>authorisation %1 revoked ≤ %2 days after %n use</numerusform>
            <numerusform>authorisation %1 revoked ≤ %2 days after %n uses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainMediatorDesk</name>
    <message numerus="yes">
        <source>%n dispute(s) could not be searched: their request could not be opened.</source>
        <translation>
            <numerusform>%n dispute could not be searched: its request could not be opened.</numerusform>
            <numerusform>%n disputes could not be searched: their request could not be opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoanBookRequery</name>
    <message numerus="yes">
        <source>%n recorded letter(s) could not be opened, so their enterprises are unknown.</source>
        <translation>
            <numerusform>%n recorded letter could not be opened, so their enterprises are unknown.</numerusform>
            <numerusform>%n recorded letters could not be opened, so their enterprises are unknown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionText</name>
    <message numerus="yes">
        <source>median %1 · p90 %2 (%n order(s))</source>
        <translation>
            <numerusform>median %1 · p90 %2 (%n order)</numerusform>
            <numerusform>median %1 · p90 %2 (%n orders)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::AuthorisationsModel</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::BureauProductsModel</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::ChainStatusBar</name>
    <message numerus="yes">
        <source>%n verification alarms</source>
        <translation>
            <numerusform>%n verification alarm</numerusform>
            <numerusform>%n verification alarms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::ChoiceButton</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::ConnectPage</name>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>The new password needs at least %n character.</numerusform>
            <numerusform>The new password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::DeliverPartDialog</name>
    <message numerus="yes">
        <source>%n problem(s) in the file. Nothing was prepared: correct them in your system&apos;s export and import the file again.</source>
        <translation>
            <numerusform>%n problem in the file. Nothing was prepared: correct them in your system&apos;s export and import the file again.</numerusform>
            <numerusform>%n problems in the file. Nothing was prepared: correct them in your system&apos;s export and import the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n court case(s)</source>
        <translation>
            <numerusform>%n court case</numerusform>
            <numerusform>%n court cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n utility payment(s)</source>
        <translation>
            <numerusform>%n utility payment</numerusform>
            <numerusform>%n utility payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk warning(s)</source>
        <translation>
            <numerusform>%n risk warning</numerusform>
            <numerusform>%n risk warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypting the part for the lead bureau, your bureau and %n regulator(s), storing it and anchoring its hash on chain…</source>
        <translation>
            <numerusform>Encrypting the part for the lead bureau, your bureau and %n regulator, storing it and anchoring its hash on chain…</numerusform>
            <numerusform>Encrypting the part for the lead bureau, your bureau and %n regulators, storing it and anchoring its hash on chain…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tax rating(s)</source>
        <translation>
            <numerusform>%n tax rating</numerusform>
            <numerusform>%n tax ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tax arrear(s)</source>
        <translation>
            <numerusform>%n tax arrear</numerusform>
            <numerusform>%n tax arrears</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n loan</numerusform>
            <numerusform>%n loans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s)</source>
        <translation>
            <numerusform>%n guarantee</numerusform>
            <numerusform>%n guarantees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::DisputesPage</name>
    <message numerus="yes">
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n dispute</numerusform>
            <numerusform>%n disputes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::EvidenceReportDialog</name>
    <message numerus="yes">
        <source>✔ Verified offline: order %1, %n step(s), each in a block signed by a quorum of the sealers chained from this network&apos;s genesis block, with the transaction and receipt proven by Merkle proofs. Bundle SM3 %2.</source>
        <translation>
            <numerusform>✔ Verified offline: order %1, %n step, each in a block signed by a quorum of the sealers chained from this network&apos;s genesis block, with the transaction and receipt proven by Merkle proofs. Bundle SM3 %2.</numerusform>
            <numerusform>✔ Verified offline: order %1, %n steps, each in a block signed by a quorum of the sealers chained from this network&apos;s genesis block, with the transaction and receipt proven by Merkle proofs. Bundle SM3 %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) you added are the very documents the order references on chain.</source>
        <translation>
            <numerusform>%n file you added is the very document the order references on chain.</numerusform>
            <numerusform>%n files you added are the very documents the order references on chain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::FulfilDialog</name>
    <message numerus="yes">
        <source>%n problem(s) in %1. Nothing was generated: correct them in your system&apos;s export and import the file again.</source>
        <translation>
            <numerusform>%n problem in %1. Nothing was generated: correct it in your system&apos;s export and import the file again.</numerusform>
            <numerusform>%n problems in %1. Nothing was generated: correct them in your system&apos;s export and import the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n page(s); check the preview, then deliver.</source>
        <translation>
            <numerusform>%1 %n page; check the preview, then deliver.</numerusform>
            <numerusform>%1 %n pages; check the preview, then deliver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypting the report for the bank, your bureau and %n regulator(s), storing it and anchoring its hash on chain…</source>
        <translation>
            <numerusform>Encrypting the report for the bank, your bureau and %n regulator, storing it and anchoring its hash on chain…</numerusform>
            <numerusform>Encrypting the report for the bank, your bureau and %n regulators, storing it and anchoring its hash on chain…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening the parts of %n partner bureau(s)…</source>
        <translation>
            <numerusform>Opening the parts of %n partner bureau…</numerusform>
            <numerusform>Opening the parts of %n partner bureaus…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report template fuses in the parts of %n partner bureau(s): %1.</source>
        <translation>
            <numerusform>The report template fuses in the parts of %n partner bureau: %1.</numerusform>
            <numerusform>The report template fuses in the parts of %n partner bureaus: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::LoanBookDialog</name>
    <message numerus="yes">
        <source>Place %n order(s) (at most %1)</source>
        <translation>
            <numerusform>Place %n order (at most %1)</numerusform>
            <numerusform>Place %n orders (at most %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) in the file</source>
        <translation>
            <numerusform>%n enterprise in the file</numerusform>
            <numerusform>%n enterprises in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the file check</source>
        <translation>
            <numerusform>%n refused by the file check</numerusform>
            <numerusform>%n refused by the file check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ordered</source>
        <translation>
            <numerusform>%n ordered</numerusform>
            <numerusform>%n ordered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting verification</source>
        <translation>
            <numerusform>%n awaiting verification</numerusform>
            <numerusform>%n awaiting verification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation>
            <numerusform>%n being sent</numerusform>
            <numerusform>%n being sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without authorisation</source>
        <translation>
            <numerusform>%n without authorisation</numerusform>
            <numerusform>%n without authorisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (stopped)</source>
        <translation>
            <numerusform>%n not sent (stopped)</numerusform>
            <numerusform>%n not sent (stopped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::OrderBrowserPage</name>
    <message numerus="yes">
        <source>%n order(s) written to %1.</source>
        <translation>
            <numerusform>%n order written to %1.</numerusform>
            <numerusform>%n orders written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) on the chain</source>
        <translation>
            <numerusform>%n order on the chain</numerusform>
            <numerusform>%n orders on the chain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind this figure</source>
        <translation>
            <numerusform>%n order behind this figure</numerusform>
            <numerusform>%n orders behind this figure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) match “%1”</source>
        <translation>
            <numerusform>%n order matches “%1”</numerusform>
            <numerusform>%n orders match “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::OrderDetailsPanel</name>
    <message numerus="yes">
        <source>Placed with authorisation %1 (valid %2 to %3, used by %n order(s))</source>
        <translation>
            <numerusform>Placed with authorisation %1 (valid %2 to %3, used by %n order)</numerusform>
            <numerusform>Placed with authorisation %1 (valid %2 to %3, used by %n orders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joint report (链融): %1 leads and fuses the parts of %n partner bureau(s); %2 delivered.</source>
        <translation>
            <numerusform>Joint report (链融): %1 leads and fuses the parts of %n partner bureau; %2 delivered.</numerusform>
            <numerusform>Joint report (链融): %1 leads and fuses the parts of %n partner bureaus; %2 delivered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::PlaceOrderDialog</name>
    <message numerus="yes">
        <source>Use recorded authorisation %1 (valid %2 to %3, used %n time(s))</source>
        <translation>
            <numerusform>Use recorded authorisation %1 (valid %2 to %3, used %n time)</numerusform>
            <numerusform>Use recorded authorisation %1 (valid %2 to %3, used %n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::ProductCatalogueModel</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::ProductSheet</name>
    <message numerus="yes">
        <source>within %n h of acceptance</source>
        <translation>
            <numerusform>within %n h of acceptance</numerusform>
            <numerusform>within %n h of acceptance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::ScreenshotTour</name>
    <message numerus="yes">
        <source>Wrote %n screenshots.</source>
        <translation>
            <numerusform>Wrote %n screenshot.</numerusform>
            <numerusform>Wrote %n screenshots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::SealersPage</name>
    <message numerus="yes">
        <source>The chain keeps going with up to %n sealer(s) down.</source>
        <translation>
            <numerusform>The chain keeps going with up to %n sealer down.</numerusform>
            <numerusform>The chain keeps going with up to %n sealers down.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::StructuredDataView</name>
    <message numerus="yes">
        <source>The report&apos;s structured data does not match the schema (%n problem(s)); it is not shown as tables. The PDF is unaffected.</source>
        <translation>
            <numerusform>The report&apos;s structured data does not match the schema (%n problem); it is not shown as tables. The PDF is unaffected.</numerusform>
            <numerusform>The report&apos;s structured data does not match the schema (%n problems); it is not shown as tables. The PDF is unaffected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1:</source>
        <translation>
            <numerusform>%n change since %1:</numerusform>
            <numerusform>%n changes since %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::TracePage</name>
    <message numerus="yes">
        <source>%n order(s) found %1</source>
        <translation>
            <numerusform>%n order found %1</numerusform>
            <numerusform>%n orders found %1</numerusform>
        </translation>
    </message>
</context>
</TS>
