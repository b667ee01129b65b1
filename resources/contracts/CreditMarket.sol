// SPDX-License-Identifier: Apache-2.0
// FISCO BCOS 2.x ships 国密 compilers up to solc 0.6.10 (0.8.11 comes with
// 3.x), so the contract is written to compile with both: test_market_abi
// compiles it with 0.6.10 and with 0.8.11 and checks both ABIs. That is why
// the operator is set by an initialiser rather than a constructor (0.6 wants
// `constructor() public`, 0.8 warns about it) and why ABI coder v2, the
// default from 0.8 on, is asked for explicitly (struct return values).
pragma solidity >=0.6.10 <0.9.0;
pragma experimental ABIEncoderV2;

/// @title CreditMarket: the credit-information marketplace of a 征信链 consortium.
/// @notice Institutions (registered by the operator) list credit products
/// (bureaus) and order them (banks); a dispute names a mediator who resolves
/// it. Nothing private travels here in clear: the enterprise being queried,
/// the authorisation letter and the report live in encrypted documents that
/// the chain only references by their SM3 hash (PROTOCOL.md §7, §8).
///
/// The credit-devnet executes this contract natively (core/market); the unit
/// test test_market_abi keeps the two ABIs equal. Both must also agree on the
/// order of the checks below, because the first failing check names the
/// revert reason.
///
/// An institution acts through its admin account (the account it was
/// registered with) or through any active **user account** opened for it
/// (开立查询用户): the operator opens and freezes users of any institution, an
/// institution's admin those of its own. A user acts for its institution in
/// every order, product and dispute function, so the events name the
/// institution as before, and each action by a user also emits
/// ActedBy(institution, user) in the same receipt, so the proof of a step
/// shows who took it.
///
/// FISCO BCOS block timestamps are in milliseconds, so every *At field is.
contract CreditMarket {
    // Roles. The operator is the deployer and has no Institution record.
    uint8 private constant ROLE_OPERATOR = 1;
    uint8 private constant ROLE_BUREAU = 2;
    uint8 private constant ROLE_BANK = 3;
    uint8 private constant ROLE_REGULATOR = 4;
    uint8 private constant ROLE_MEDIATOR = 5;

    // Product series: 1 链通, 2 链融 (the only one with partner bureaus), 3 链服.
    uint8 private constant SERIES_LIANTONG = 1;
    uint8 private constant SERIES_LIANRONG = 2;
    uint8 private constant SERIES_LIANFU = 3;

    // Bounds the duplicate check over partner bureaus (quadratic).
    uint256 private constant MAX_PARTNER_BUREAUS = 8;
    // Bounds the products one authorisation names (the same quadratic check).
    uint256 private constant MAX_AUTHORISED_PRODUCTS = 16;

    enum OrderState { None, Placed, Accepted, Rejected, Cancelled, Delivered, Completed, Disputed, Resolved }

    struct Institution {
        address account;
        uint8 role;
        uint32 regionCode; // GB/T 2260 administrative division
        bool active;
        string code; // unified social credit code of the institution itself
        string name;
        bytes publicKey; // SM2 x || y, 64 bytes: documents are encrypted to it
    }

    struct User {
        address account;
        address institution;
        bool active; // false: frozen
        string name;
        bytes publicKey; // SM2 x || y, 64 bytes: documents for the institution are also sealed to it
    }

    struct Product {
        uint64 id;
        address bureau;
        uint8 series;
        string name;
        string description;
        uint64 priceFen;
        uint32 slaHours;
        string deliveryFormat;
        bool authorisationRequired;
        address[] partnerBureaus;
        bool listed;
    }

    // Price and SLA are copied from the product when the order is placed, so a
    // later updateProduct does not change what the bank agreed to.
    struct Order {
        uint64 id;
        uint64 productId;
        address bank;
        address bureau;
        OrderState state;
        uint64 priceFen;
        uint32 slaHours;
        bytes32 authorisationHash; // SM3 of the authorisation letter (zero when not required)
        bytes32 requestDocument; // SM3 of the encrypted request envelope
        bytes32 reportHash; // SM3 of the plaintext report
        bytes32 reportDocument; // SM3 of the encrypted report envelope
        address mediator;
        address disputeRaisedBy;
        uint64 placedAt;
        uint64 updatedAt;
    }

    // 链融: the part one partner bureau contributes to an order for a product
    // with partner bureaus. The parts are opened, one per partner, when the
    // order is placed; once the lead bureau (the product's own) has accepted,
    // each partner delivers its part, sealed for the lead bureau and the
    // regulators; the lead bureau delivers the fused report only when every
    // part is in. The SLA, cancellation and disputes stay those of the order.
    struct OrderPart {
        address bureau;
        bytes32 partHash; // SM3 of the plaintext part (zero until delivered)
        bytes32 partDocument; // SM3 of the encrypted part envelope
        uint64 deliveredAt;
    }

    // An enterprise's authorisation (授权) to a bank, recorded by the bank. The
    // enterprise is a salted commitment, SM3(salt || credit code): the salt, the
    // enterprise and the letter itself travel in the encrypted letter envelope
    // (letterDocument), never here. Every order placed with it emits
    // AuthorisationUsed: the trace of where it was used (授权使用痕迹).
    struct Authorisation {
        uint64 id;
        address bank;
        bytes32 enterpriseCommitment;
        bytes32 letterHash; // SM3 of the signed letter
        bytes32 letterDocument; // SM3 of the encrypted letter envelope
        uint8 series; // 0, or a series all of whose products it covers
        uint64[] productIds; // products it covers by id
        string purpose;
        uint64 validFrom; // block time, ms: valid from this instant
        uint64 validUntil; // block time, ms: no longer valid from this instant
        bool revoked;
        uint32 uses;
    }

    // The deployer: on the devnet the genesis operator account.
    address public operatorAccount = msg.sender;
    mapping(address => Institution) private institutions;
    mapping(address => User) private users;
    mapping(uint64 => Product) private products;
    mapping(uint64 => Order) private orders;
    mapping(uint64 => Authorisation) private authorisations;
    mapping(uint64 => OrderPart[]) private orderParts;

    event InstitutionRegistered(
        address indexed account, string code, string name, uint8 role, uint32 regionCode, bytes publicKey);
    event InstitutionStatusChanged(address indexed account, bool active);
    event UserOpened(
        address indexed institution, address indexed user, string name, bytes publicKey, address openedBy);
    event UserStatusChanged(address indexed institution, address indexed user, bool active, address changedBy);
    // Emitted after the event of any order, product or dispute action a user
    // account took (not the institution's admin account) for its institution.
    event ActedBy(address indexed institution, address indexed user);

    event ProductListed(
        uint64 indexed productId,
        address indexed bureau,
        uint8 series,
        string name,
        string description,
        uint64 priceFen,
        uint32 slaHours,
        string deliveryFormat,
        bool authorisationRequired,
        address[] partnerBureaus);
    event ProductUpdated(
        uint64 indexed productId, address indexed bureau, uint64 priceFen, uint32 slaHours, string description);
    event ProductDelisted(uint64 indexed productId, address indexed bureau);

    // Every order event: the order id and the actor indexed, then the state the
    // order is in after the transition, so a reader can follow an order from
    // the first data word of any of its events.
    event OrderPlaced(
        uint64 indexed orderId,
        address indexed bank,
        OrderState state,
        uint64 productId,
        address bureau,
        uint64 priceFen,
        bytes32 authorisationHash,
        bytes32 requestDocument);
    event OrderAccepted(uint64 indexed orderId, address indexed bureau, OrderState state);
    event OrderRejected(uint64 indexed orderId, address indexed bureau, OrderState state, string reason);
    event OrderCancelled(uint64 indexed orderId, address indexed bank, OrderState state);
    event ReportDelivered(
        uint64 indexed orderId, address indexed bureau, OrderState state, bytes32 reportHash, bytes32 reportDocument);
    event OrderCompleted(uint64 indexed orderId, address indexed bank, OrderState state);
    // 链融: a partner bureau's part is in; the order stays in its state.
    event PartDelivered(
        uint64 indexed orderId, address indexed bureau, OrderState state, bytes32 partHash, bytes32 partDocument);
    event DisputeRaised(
        uint64 indexed orderId,
        address indexed raisedBy,
        OrderState state,
        address mediator,
        string reason,
        bytes mediatorKeyEnvelope);
    event DisputeResolved(uint64 indexed orderId, address indexed mediator, OrderState state, string resolution);

    event AuthorisationRecorded(
        uint64 indexed authorisationId,
        address indexed bank,
        bytes32 enterpriseCommitment,
        bytes32 letterHash,
        bytes32 letterDocument,
        uint8 series,
        uint64[] productIds,
        string purpose,
        uint64 validFrom,
        uint64 validUntil);
    event AuthorisationRevoked(uint64 indexed authorisationId, address indexed bank, string reason);
    // Emitted before the OrderPlaced of an order placed with the authorisation,
    // so that ActedBy still follows OrderPlaced directly.
    event AuthorisationUsed(uint64 indexed authorisationId, uint64 indexed orderId, address bank, uint64 productId);

    // ---------------------------------------------------------------- institutions

    function registerInstitution(
        address account,
        string memory code,
        string memory name,
        uint8 role,
        uint32 regionCode,
        bytes memory publicKey) external {
        require(msg.sender == operatorAccount, "caller is not the operator");
        require(account != address(0), "account is the zero address");
        require(account != operatorAccount, "the operator cannot be registered as an institution");
        require(institutions[account].role == 0, "institution is already registered");
        require(users[account].institution == address(0), "account is a user account");
        require(role >= ROLE_BUREAU && role <= ROLE_MEDIATOR, "role must be bureau, bank, regulator or mediator");
        require(bytes(code).length == 18, "institution code must be 18 characters");
        require(bytes(name).length > 0, "institution name is empty");
        require(publicKey.length == 64, "public key must be 64 bytes");

        institutions[account] = Institution(account, role, regionCode, true, code, name, publicKey);
        emit InstitutionRegistered(account, code, name, role, regionCode, publicKey);
    }

    function setInstitutionActive(address account, bool active) external {
        require(msg.sender == operatorAccount, "caller is not the operator");
        require(institutions[account].role != 0, "unknown institution");

        institutions[account].active = active;
        emit InstitutionStatusChanged(account, active);
    }

    // ----------------------------------------------------------------------- users

    function openUser(address institution, address user, string memory name, bytes memory publicKey) external {
        requireUserManager(institution);
        require(user != address(0), "account is the zero address");
        require(
            user != operatorAccount && institutions[user].role == 0 && users[user].institution == address(0),
            "account is already in use");
        require(bytes(name).length > 0, "user name is empty");
        require(publicKey.length == 64, "public key must be 64 bytes");

        users[user] = User(user, institution, true, name, publicKey);
        emit UserOpened(institution, user, name, publicKey, msg.sender);
    }

    function setUserActive(address user, bool active) external {
        address institution = users[user].institution;
        require(institution != address(0), "unknown user");
        requireUserManager(institution);

        users[user].active = active;
        emit UserStatusChanged(institution, user, active, msg.sender);
    }

    // -------------------------------------------------------------------- products

    function listProduct(
        uint64 productId,
        uint8 series,
        string memory name,
        string memory description,
        uint64 priceFen,
        uint32 slaHours,
        string memory deliveryFormat,
        bool authorisationRequired,
        address[] memory partnerBureaus) external {
        address bureau = actingInstitution();
        requireActiveCaller(bureau, ROLE_BUREAU, "caller is not a bureau");
        require(productId != 0, "product id must not be zero");
        require(products[productId].id == 0, "product id already exists");
        require(series >= SERIES_LIANTONG && series <= SERIES_LIANFU, "unknown product series");
        require(bytes(name).length > 0, "product name is empty");
        require(slaHours > 0, "SLA must be at least one hour");
        checkPartners(bureau, series, partnerBureaus);

        Product storage p = products[productId];
        p.id = productId;
        p.bureau = bureau;
        p.series = series;
        p.name = name;
        p.description = description;
        p.priceFen = priceFen;
        p.slaHours = slaHours;
        p.deliveryFormat = deliveryFormat;
        p.authorisationRequired = authorisationRequired;
        p.partnerBureaus = partnerBureaus;
        p.listed = true;
        emitProductListed(p);
        emitActedBy(bureau);
    }

    function updateProduct(uint64 productId, uint64 priceFen, uint32 slaHours, string memory description) external {
        address bureau = actingInstitution();
        Product storage p = ownedListedProduct(bureau, productId);
        require(slaHours > 0, "SLA must be at least one hour");

        p.priceFen = priceFen;
        p.slaHours = slaHours;
        p.description = description;
        emit ProductUpdated(productId, bureau, priceFen, slaHours, description);
        emitActedBy(bureau);
    }

    function delistProduct(uint64 productId) external {
        address bureau = actingInstitution();
        Product storage p = ownedListedProduct(bureau, productId);

        p.listed = false;
        emit ProductDelisted(productId, bureau);
        emitActedBy(bureau);
    }

    // ---------------------------------------------------------------------- orders

    // For a product that needs no authorisation (authorisationHash may still
    // name a letter the bank attached). A product that needs one is ordered
    // with placeAuthorisedOrder, which names a recorded authorisation.
    function placeOrder(uint64 orderId, uint64 productId, bytes32 authorisationHash, bytes32 requestDocument)
        external {
        address bank = actingInstitution();
        Product storage p = orderableProduct(bank, orderId, productId);
        require(!p.authorisationRequired, "the product needs a recorded authorisation");
        require(requestDocument != bytes32(0), "request document is required");

        openOrder(orderId, bank, p, authorisationHash, requestDocument);
        emitActedBy(bank);
    }

    function placeAuthorisedOrder(uint64 orderId, uint64 productId, uint64 authorisationId, bytes32 requestDocument)
        external {
        address bank = actingInstitution();
        Product storage p = orderableProduct(bank, orderId, productId);
        Authorisation storage a = authorisations[authorisationId];
        require(a.id != 0, "unknown authorisation");
        require(a.bank == bank, "the authorisation belongs to another bank");
        require(!a.revoked, "the authorisation is revoked");
        require(
            block.timestamp >= a.validFrom && block.timestamp < a.validUntil,
            "the authorisation is not valid at this time");
        require(covers(a, p), "the authorisation does not cover the product");
        require(requestDocument != bytes32(0), "request document is required");

        a.uses += 1;
        emit AuthorisationUsed(authorisationId, orderId, bank, productId);
        openOrder(orderId, bank, p, a.letterHash, requestDocument);
        emitActedBy(bank);
    }

    function acceptOrder(uint64 orderId) external {
        address bureau = actingInstitution();
        Order storage o = bureauOrder(bureau, orderId);
        requireState(o, OrderState.Placed, "order is not in state Placed");

        moveTo(o, OrderState.Accepted);
        emit OrderAccepted(orderId, bureau, OrderState.Accepted);
        emitActedBy(bureau);
    }

    function rejectOrder(uint64 orderId, string memory reason) external {
        address bureau = actingInstitution();
        Order storage o = bureauOrder(bureau, orderId);
        requireState(o, OrderState.Placed, "order is not in state Placed");
        require(bytes(reason).length > 0, "reason is required");

        moveTo(o, OrderState.Rejected);
        emit OrderRejected(orderId, bureau, OrderState.Rejected, reason);
        emitActedBy(bureau);
    }

    function cancelOrder(uint64 orderId) external {
        address bank = actingInstitution();
        Order storage o = bankOrder(bank, orderId);
        requireState(o, OrderState.Placed, "order is not in state Placed");

        moveTo(o, OrderState.Cancelled);
        emit OrderCancelled(orderId, bank, OrderState.Cancelled);
        emitActedBy(bank);
    }

    function deliverReport(uint64 orderId, bytes32 reportHash, bytes32 reportDocument) external {
        address bureau = actingInstitution();
        Order storage o = bureauOrder(bureau, orderId);
        requireState(o, OrderState.Accepted, "order is not in state Accepted");
        require(allPartsDelivered(orderId), "a partner bureau's part is still awaited");
        require(reportHash != bytes32(0), "report hash is required");
        require(reportDocument != bytes32(0), "report document is required");

        o.reportHash = reportHash;
        o.reportDocument = reportDocument;
        moveTo(o, OrderState.Delivered);
        emit ReportDelivered(orderId, bureau, OrderState.Delivered, reportHash, reportDocument);
        emitActedBy(bureau);
    }

    // 链融: a partner bureau delivers its part of an accepted order.
    function deliverPart(uint64 orderId, bytes32 partHash, bytes32 partDocument) external {
        address partner = actingInstitution();
        Order storage o = existingOrder(orderId);
        OrderPart storage part = partOf(orderId, partner);
        require(institutions[partner].active, "caller's institution is not active");
        requireState(o, OrderState.Accepted, "order is not in state Accepted");
        require(part.partHash == bytes32(0), "the part is already delivered");
        require(partHash != bytes32(0), "part hash is required");
        require(partDocument != bytes32(0), "part document is required");

        part.partHash = partHash;
        part.partDocument = partDocument;
        part.deliveredAt = uint64(block.timestamp);
        emit PartDelivered(orderId, partner, o.state, partHash, partDocument);
        emitActedBy(partner);
    }

    function confirmReceipt(uint64 orderId) external {
        address bank = actingInstitution();
        Order storage o = bankOrder(bank, orderId);
        requireState(o, OrderState.Delivered, "order is not in state Delivered");

        moveTo(o, OrderState.Completed);
        emit OrderCompleted(orderId, bank, OrderState.Completed);
        emitActedBy(bank);
    }

    function raiseDispute(uint64 orderId, address mediator, string memory reason, bytes memory mediatorKeyEnvelope)
        external {
        address party = actingInstitution();
        Order storage o = existingOrder(orderId);
        require(party == o.bank || party == o.bureau, "caller is not a party to the order");
        require(institutions[party].active, "caller's institution is not active");
        require(
            o.state == OrderState.Accepted || o.state == OrderState.Delivered || o.state == OrderState.Completed,
            "order is not in state Accepted, Delivered or Completed");
        require(
            institutions[mediator].role == ROLE_MEDIATOR && institutions[mediator].active,
            "mediator is not an active mediator");
        require(bytes(reason).length > 0, "reason is required");
        require(mediatorKeyEnvelope.length > 0, "mediator key envelope is required");

        o.mediator = mediator;
        o.disputeRaisedBy = party;
        moveTo(o, OrderState.Disputed);
        emit DisputeRaised(orderId, party, OrderState.Disputed, mediator, reason, mediatorKeyEnvelope);
        emitActedBy(party);
    }

    function resolveDispute(uint64 orderId, string memory resolution) external {
        address mediator = actingInstitution();
        Order storage o = existingOrder(orderId);
        require(mediator == o.mediator, "caller is not the order's mediator");
        require(institutions[mediator].active, "caller's institution is not active");
        requireState(o, OrderState.Disputed, "order is not in state Disputed");
        require(bytes(resolution).length > 0, "resolution is required");

        moveTo(o, OrderState.Resolved);
        emit DisputeResolved(orderId, mediator, OrderState.Resolved, resolution);
        emitActedBy(mediator);
    }

    // -------------------------------------------------------------- authorisations

    function recordAuthorisation(
        uint64 authorisationId,
        bytes32 enterpriseCommitment,
        bytes32 letterHash,
        bytes32 letterDocument,
        uint8 series,
        uint64[] memory productIds,
        string memory purpose,
        uint64 validFrom,
        uint64 validUntil) external {
        address bank = actingInstitution();
        requireActiveCaller(bank, ROLE_BANK, "caller is not a bank");
        require(authorisationId != 0, "authorisation id must not be zero");
        require(authorisations[authorisationId].id == 0, "authorisation id already exists");
        require(enterpriseCommitment != bytes32(0), "enterprise commitment is required");
        require(letterHash != bytes32(0), "letter hash is required");
        require(letterDocument != bytes32(0), "letter document is required");
        require(series <= SERIES_LIANFU, "unknown product series");
        checkAuthorisedProducts(series, productIds);
        require(bytes(purpose).length > 0, "purpose is required");
        require(validUntil > validFrom, "validity ends before it begins");
        require(validUntil > block.timestamp, "the authorisation has already expired");

        Authorisation storage a = authorisations[authorisationId];
        a.id = authorisationId;
        a.bank = bank;
        a.enterpriseCommitment = enterpriseCommitment;
        a.letterHash = letterHash;
        a.letterDocument = letterDocument;
        a.series = series;
        a.productIds = productIds;
        a.purpose = purpose;
        a.validFrom = validFrom;
        a.validUntil = validUntil;
        emitAuthorisationRecorded(a);
        emitActedBy(bank);
    }

    function revokeAuthorisation(uint64 authorisationId, string memory reason) external {
        address bank = actingInstitution();
        Authorisation storage a = authorisations[authorisationId];
        require(a.id != 0, "unknown authorisation");
        require(a.bank == bank, "caller is not the authorisation's bank");
        require(institutions[bank].active, "caller's institution is not active");
        require(!a.revoked, "the authorisation is already revoked");
        require(bytes(reason).length > 0, "reason is required");

        a.revoked = true;
        emit AuthorisationRevoked(authorisationId, bank, reason);
        emitActedBy(bank);
    }

    // ----------------------------------------------------------------------- views

    function getInstitution(address account) external view returns (Institution memory) {
        require(institutions[account].role != 0, "unknown institution");
        return institutions[account];
    }

    function getUser(address user) external view returns (User memory) {
        require(users[user].institution != address(0), "unknown user");
        return users[user];
    }

    function getProduct(uint64 productId) external view returns (Product memory) {
        require(products[productId].id != 0, "unknown product");
        return products[productId];
    }

    function getOrder(uint64 orderId) external view returns (Order memory) {
        return existingOrder(orderId);
    }

    function getOrderParts(uint64 orderId) external view returns (OrderPart[] memory) {
        existingOrder(orderId);
        return orderParts[orderId];
    }

    function getAuthorisation(uint64 authorisationId) external view returns (Authorisation memory) {
        require(authorisations[authorisationId].id != 0, "unknown authorisation");
        return authorisations[authorisationId];
    }

    // --------------------------------------------------------------------- helpers

    // The institution msg.sender acts for: itself when it is not a user account
    // (an institution's admin account, or anyone else, whom the role checks
    // then refuse), else the user's institution, provided the user is active.
    function actingInstitution() private view returns (address) {
        User storage u = users[msg.sender];
        if (u.institution == address(0)) {
            return msg.sender;
        }
        require(u.active, "caller's user account is frozen");
        return u.institution;
    }

    function emitActedBy(address institution) private {
        if (msg.sender != institution) {
            emit ActedBy(institution, msg.sender);
        }
    }

    // Users of an institution are managed by the operator and by the
    // institution's own (active) admin account.
    function requireUserManager(address institution) private view {
        require(institutions[institution].role != 0, "unknown institution");
        require(
            msg.sender == operatorAccount || msg.sender == institution,
            "caller is neither the operator nor the institution's admin");
        require(msg.sender == operatorAccount || institutions[institution].active, "caller's institution is not active");
    }

    function requireActiveCaller(address caller, uint8 role, string memory notThatRole) private view {
        require(institutions[caller].role == role, notThatRole);
        require(institutions[caller].active, "caller's institution is not active");
    }

    function checkPartners(address bureau, uint8 series, address[] memory partners) private view {
        require(series == SERIES_LIANRONG || partners.length == 0, "only series 2 products may have partner bureaus");
        require(partners.length <= MAX_PARTNER_BUREAUS, "too many partner bureaus");
        for (uint256 i = 0; i < partners.length; i++) {
            require(partners[i] != bureau, "a partner bureau is the product's own bureau");
            Institution storage partner = institutions[partners[i]];
            require(partner.role == ROLE_BUREAU && partner.active, "partner is not an active bureau");
            for (uint256 j = 0; j < i; j++) {
                require(partners[j] != partners[i], "duplicate partner bureau");
            }
        }
    }

    function ownedListedProduct(address bureau, uint64 productId) private view returns (Product storage p) {
        p = products[productId];
        require(p.id != 0, "unknown product");
        require(bureau == p.bureau, "caller is not the product's bureau");
        require(institutions[bureau].active, "caller's institution is not active");
        require(p.listed, "product is delisted");
    }

    function emitProductListed(Product storage p) private {
        emit ProductListed(
            p.id,
            p.bureau,
            p.series,
            p.name,
            p.description,
            p.priceFen,
            p.slaHours,
            p.deliveryFormat,
            p.authorisationRequired,
            p.partnerBureaus);
    }

    function checkAuthorisedProducts(uint8 series, uint64[] memory productIds) private view {
        require(series != 0 || productIds.length > 0, "the authorisation covers no product");
        require(productIds.length <= MAX_AUTHORISED_PRODUCTS, "too many products");
        for (uint256 i = 0; i < productIds.length; i++) {
            require(products[productIds[i]].id != 0, "unknown product");
            for (uint256 j = 0; j < i; j++) {
                require(productIds[j] != productIds[i], "duplicate product");
            }
        }
    }

    function covers(Authorisation storage a, Product storage p) private view returns (bool) {
        if (a.series != 0 && a.series == p.series) {
            return true;
        }
        for (uint256 i = 0; i < a.productIds.length; i++) {
            if (a.productIds[i] == p.id) {
                return true;
            }
        }
        return false;
    }

    function emitAuthorisationRecorded(Authorisation storage a) private {
        emit AuthorisationRecorded(
            a.id,
            a.bank,
            a.enterpriseCommitment,
            a.letterHash,
            a.letterDocument,
            a.series,
            a.productIds,
            a.purpose,
            a.validFrom,
            a.validUntil);
    }

    // The checks placeOrder and placeAuthorisedOrder share, in their order.
    function orderableProduct(address bank, uint64 orderId, uint64 productId)
        private view returns (Product storage p) {
        requireActiveCaller(bank, ROLE_BANK, "caller is not a bank");
        require(orderId != 0, "order id must not be zero");
        require(orders[orderId].state == OrderState.None, "order id already exists");
        p = products[productId];
        require(p.id != 0, "unknown product");
        require(p.listed, "product is delisted");
        require(institutions[p.bureau].active, "the product's bureau is not active");
    }

    function openOrder(uint64 orderId, address bank, Product storage p, bytes32 authorisationHash,
        bytes32 requestDocument) private {
        Order storage o = orders[orderId];
        o.id = orderId;
        o.productId = p.id;
        o.bank = bank;
        o.bureau = p.bureau;
        o.state = OrderState.Placed;
        o.priceFen = p.priceFen;
        o.slaHours = p.slaHours;
        o.authorisationHash = authorisationHash;
        o.requestDocument = requestDocument;
        o.placedAt = uint64(block.timestamp);
        o.updatedAt = uint64(block.timestamp);
        for (uint256 i = 0; i < p.partnerBureaus.length; i++)
            orderParts[orderId].push(OrderPart(p.partnerBureaus[i], bytes32(0), bytes32(0), 0));
        emit OrderPlaced(
            orderId, bank, OrderState.Placed, p.id, p.bureau, p.priceFen, authorisationHash, requestDocument);
    }

    function existingOrder(uint64 orderId) private view returns (Order storage o) {
        o = orders[orderId];
        require(o.state != OrderState.None, "unknown order");
    }

    function bureauOrder(address bureau, uint64 orderId) private view returns (Order storage o) {
        o = existingOrder(orderId);
        require(bureau == o.bureau, "caller is not the order's bureau");
        require(institutions[bureau].active, "caller's institution is not active");
    }

    function bankOrder(address bank, uint64 orderId) private view returns (Order storage o) {
        o = existingOrder(orderId);
        require(bank == o.bank, "caller is not the order's bank");
        require(institutions[bank].active, "caller's institution is not active");
    }

    function partOf(uint64 orderId, address bureau) private view returns (OrderPart storage) {
        OrderPart[] storage parts = orderParts[orderId];
        for (uint256 i = 0; i < parts.length; i++) {
            if (parts[i].bureau == bureau)
                return parts[i];
        }
        revert("caller is not a partner bureau of the order");
    }

    function allPartsDelivered(uint64 orderId) private view returns (bool) {
        OrderPart[] storage parts = orderParts[orderId];
        for (uint256 i = 0; i < parts.length; i++) {
            if (parts[i].partHash == bytes32(0))
                return false;
        }
        return true;
    }

    function requireState(Order storage o, OrderState expected, string memory reason) private view {
        require(o.state == expected, reason);
    }

    function moveTo(Order storage o, OrderState next) private {
        o.state = next;
        o.updatedAt = uint64(block.timestamp);
    }
}
