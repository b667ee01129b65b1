<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AbiDecode</name>
    <message>
        <source>ABI data at offset %1 (%2): %3</source>
        <translation>偏移 %1 处的 ABI 数据（%2）：%3</translation>
    </message>
    <message>
        <source>needs %1 bytes but only %2 remain</source>
        <translation>需要 %1 字节，但只剩 %2 字节</translation>
    </message>
    <message>
        <source>the decoded values would exceed the input size (overlapping offsets)</source>
        <translation>解码后的数值将超出输入长度（偏移量重叠）</translation>
    </message>
    <message>
        <source>%1 %2 is larger than the input</source>
        <translation>%1 %2 超出了输入长度</translation>
    </message>
    <message>
        <source>non-zero padding above the value</source>
        <translation>数值高位的填充字节不为零</translation>
    </message>
    <message>
        <source>the value is not sign-extended</source>
        <translation>该数值未按符号位扩展</translation>
    </message>
    <message>
        <source>non-zero padding before the address</source>
        <translation>地址前的填充字节不为零</translation>
    </message>
    <message>
        <source>a bool must be 0 or 1</source>
        <translation>布尔值只能为 0 或 1</translation>
    </message>
    <message>
        <source>non-zero padding after the bytes</source>
        <translation>字节数据后的填充字节不为零</translation>
    </message>
    <message>
        <source>not a single-word type</source>
        <translation>不是单字长（32 字节）类型</translation>
    </message>
    <message>
        <source>%1 heads of %2 bytes need more than the %3 bytes left</source>
        <translation>%1 个 %2 字节的头部所需长度超过剩余的 %3 字节</translation>
    </message>
    <message>
        <source>offset %1 points past the end</source>
        <translation>偏移量 %1 超出了数据末尾</translation>
    </message>
    <message>
        <source>%1 elements cannot fit in the %2 bytes left</source>
        <translation>剩余的 %2 字节容纳不下 %1 个元素</translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message>
        <source>no authorisation letter</source>
        <translation>无授权书</translation>
    </message>
    <message>
        <source>the authorisation letter had expired</source>
        <translation>授权书已过期</translation>
    </message>
    <message>
        <source>the authorisation letter was not yet valid</source>
        <translation>授权书尚未生效</translation>
    </message>
    <message>
        <source>report delivered after the SLA</source>
        <translation>报告逾期交付</translation>
    </message>
    <message>
        <source>report still owed past the SLA</source>
        <translation>报告已超时限未交付</translation>
    </message>
    <message>
        <source>dispute resolved: %1</source>
        <translation>纠纷已调解：%1</translation>
    </message>
    <message>
        <source>dispute open</source>
        <translation>纠纷调解中</translation>
    </message>
    <message numerus="yes">
        <source>%n queries of one enterprise within %1 days</source>
        <translation>
            <numerusform>%1 天内对同一企业查询 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>authorisation %1 used by %n orders within %2 days</source>
        <translation>
            <numerusform>授权 %1 在 %2 天内被 %n 笔订单使用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>authorisation %1 revoked ≤ %2 days after %n use(s)</source>
        <translation>
            <numerusform>授权 %1 在 %n 次使用后 %2 天内被撤销</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorisationCheck</name>
    <message>
        <source>The request names authorisation %1, which no verified block records for the ordering bank. Do not fulfil it: reject the order.</source>
        <translation>申请中的授权 %1 在已验证区块中并无下单银行的登记记录。请勿办理，应拒绝该订单。</translation>
    </message>
    <message>
        <source>Authorisation %1 on chain was given by another enterprise than the request names (%2). Do not fulfil it: reject the order.</source>
        <translation>链上授权 %1 并非申请所列企业（%2）出具。请勿办理，应拒绝该订单。</translation>
    </message>
    <message>
        <source>The letter in the request is not the letter recorded as authorisation %1. Do not fulfil it: reject the order.</source>
        <translation>申请中附带的授权书与链上登记的授权 %1 不一致。请勿办理，应拒绝该订单。</translation>
    </message>
</context>
<context>
    <name>AuthorisationDocument</name>
    <message>
        <source>the authorisation document is not valid: %1</source>
        <translation>授权文件无效：%1</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>type is not %1</source>
        <translation>类型不是 %1</translation>
    </message>
    <message>
        <source>version %1 is not supported</source>
        <translation>不支持第 %1 版</translation>
    </message>
    <message>
        <source>authorisationId must be a decimal string</source>
        <translation>authorisationId 须为十进制数字字符串</translation>
    </message>
    <message>
        <source>the enterprise&apos;s name and code are required</source>
        <translation>须填写企业名称和统一社会信用代码</translation>
    </message>
    <message>
        <source>the salt must be %1 bytes of hex</source>
        <translation>盐值须为 %1 字节的十六进制</translation>
    </message>
    <message>
        <source>the letter&apos;s content is not base64</source>
        <translation>授权书内容不是 base64 编码</translation>
    </message>
    <message>
        <source>the letter does not match its SM3</source>
        <translation>授权书与其 SM3 摘要不符</translation>
    </message>
    <message>
        <source>the letter&apos;s validity dates are not dates</source>
        <translation>授权书的有效期不是有效日期</translation>
    </message>
</context>
<context>
    <name>AuthorisationDraft</name>
    <message>
        <source>Enter the enterprise&apos;s name.</source>
        <translation>请输入企业名称。</translation>
    </message>
    <message>
        <source>Enter a valid unified social credit code.</source>
        <translation>请输入有效的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Say what the enterprise authorises the bank to query for.</source>
        <translation>请填写企业授权本行查询的用途。</translation>
    </message>
    <message>
        <source>Choose the products or the series the letter covers.</source>
        <translation>请选择授权书涵盖的产品或产品系列。</translation>
    </message>
</context>
<context>
    <name>AuthorisationLetters</name>
    <message>
        <source>This authorisation carries no letter document.</source>
        <translation>该授权没有授权书文件。</translation>
    </message>
    <message>
        <source>The letter document of authorisation %1 names authorisation %2.</source>
        <translation>授权 %1 的授权书文件写的是授权 %2。</translation>
    </message>
    <message>
        <source>The letter of authorisation %1 does not match the hash recorded on chain. Do not rely on it.</source>
        <translation>授权 %1 的授权书与链上记录的哈希不符，请勿采信。</translation>
    </message>
    <message>
        <source>No verified block records this authorisation of your bank yet.</source>
        <translation>尚无已验证区块记录本行的这项授权。</translation>
    </message>
</context>
<context>
    <name>BlockFetcher</name>
    <message>
        <source>fetching headers from block %1</source>
        <translation>从区块 %1 起获取区块头</translation>
    </message>
    <message>
        <source>fetching blocks from %1</source>
        <translation>从区块 %1 起获取区块</translation>
    </message>
    <message>
        <source>fetching header %1</source>
        <translation>获取区块头 %1</translation>
    </message>
    <message>
        <source>fetching block %1</source>
        <translation>获取区块 %1</translation>
    </message>
    <message>
        <source>fetching receipts from block %1</source>
        <translation>获取区块 %1 的交易回执</translation>
    </message>
    <message>
        <source>fetching a receipt of block %1</source>
        <translation>获取区块 %1 的一笔交易回执</translation>
    </message>
</context>
<context>
    <name>BlockHeader</name>
    <message>
        <source>extraData must be an array of hex strings</source>
        <translation>extraData 必须是十六进制字符串数组</translation>
    </message>
    <message>
        <source>sealerList must be a non-empty array of node ids</source>
        <translation>sealerList 必须是非空的节点 ID 数组</translation>
    </message>
    <message>
        <source>sealer index %1 is outside the sealer list</source>
        <translation>共识节点序号 %1 超出共识节点列表范围</translation>
    </message>
    <message>
        <source>signatureList must be an array</source>
        <translation>signatureList 必须是数组</translation>
    </message>
    <message>
        <source>a sealer signature is r‖s‖pub (128 bytes), got %1</source>
        <translation>共识节点签名应为 r‖s‖pub（128 字节），实际为 %1 字节</translation>
    </message>
</context>
<context>
    <name>BlockProducer</name>
    <message>
        <source>no genesis block</source>
        <translation>没有创世区块</translation>
    </message>
    <message>
        <source>block %1 is unreadable</source>
        <translation>区块 %1 无法读取</translation>
    </message>
</context>
<context>
    <name>BlockVerifier</name>
    <message>
        <source>transaction %1 is listed twice</source>
        <translation>交易 %1 重复出现</translation>
    </message>
    <message>
        <source>the sealer list is empty</source>
        <translation>共识节点列表为空</translation>
    </message>
    <message>
        <source>the sealer list names a node twice</source>
        <translation>共识节点列表中有重复的节点</translation>
    </message>
    <message>
        <source>proposer index %1 is outside the %2-entry sealer list</source>
        <translation>出块节点序号 %1 超出共识节点列表范围（共 %2 个）</translation>
    </message>
    <message>
        <source>a receipt for %1, which is not in the block</source>
        <translation>交易 %1 有回执，但该交易不在本区块中</translation>
    </message>
    <message>
        <source>the receipt of %1 says block %2 (%3)</source>
        <translation>交易 %1 的回执记载的区块为 %2（%3）</translation>
    </message>
    <message>
        <source>the receipt of %1 says index %2, the block has it at %3</source>
        <translation>交易 %1 的回执记载的序号为 %2，而区块中的序号为 %3</translation>
    </message>
    <message>
        <source>two receipts for %1</source>
        <translation>交易 %1 有两份回执</translation>
    </message>
    <message>
        <source>no receipt for %1 (%2 receipts for %3 transactions)</source>
        <translation>交易 %1 没有回执（%3 笔交易只有 %2 份回执）</translation>
    </message>
    <message>
        <source>block %1: %2: %3</source>
        <translation>区块 %1：%2：%3</translation>
    </message>
    <message>
        <source>signature index %1 is outside the %2-entry sealer list</source>
        <translation>签名序号 %1 超出共识节点列表范围（共 %2 个）</translation>
    </message>
    <message>
        <source>two signatures claim sealer %1</source>
        <translation>有两个签名都声称来自共识节点 %1</translation>
    </message>
    <message>
        <source>the signature of sealer %1 does not verify</source>
        <translation>共识节点 %1 的签名验证失败</translation>
    </message>
    <message>
        <source>a new %1-entry sealer list signed by %2 of the %3 trusted sealers, %4 needed</source>
        <translation>新的共识节点列表（共 %1 个）仅获 %3 个受信共识节点中的 %2 个签名，至少需要 %4 个</translation>
    </message>
    <message>
        <source>%1 of %2 sealers signed, %3 needed</source>
        <translation>%2 个共识节点中仅 %1 个签名，至少需要 %3 个</translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation>区块头：%1</translation>
    </message>
    <message>
        <source>the node served block %1</source>
        <translation>节点返回的是区块 %1</translation>
    </message>
    <message>
        <source>parentHash %1, block %2 is %3</source>
        <translation>parentHash 为 %1，而区块 %2 的哈希为 %3</translation>
    </message>
    <message>
        <source>the fields hash to %1, the node says %2</source>
        <translation>按各字段计算的哈希为 %1，节点给出的是 %2</translation>
    </message>
    <message>
        <source>the %1 transactions do not rebuild transactionsRoot</source>
        <translation>由 %1 笔交易重算的结果与 transactionsRoot 不符</translation>
    </message>
    <message>
        <source>the %1 receipts do not rebuild receiptsRoot</source>
        <translation>由 %1 份回执重算的结果与 receiptsRoot 不符</translation>
    </message>
</context>
<context>
    <name>BrowserCsv</name>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>征信机构</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>产品系列</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Enterprise region</source>
        <translation>企业所在地区</translation>
    </message>
    <message>
        <source>Bank region</source>
        <translation>银行所在地区</translation>
    </message>
    <message>
        <source>Authorisation letter</source>
        <translation>授权书</translation>
    </message>
    <message>
        <source>not decrypted</source>
        <translation>未解密</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需授权</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>区块范围</translation>
    </message>
    <message>
        <source>Head block hash</source>
        <translation>最新区块哈希</translation>
    </message>
</context>
<context>
    <name>BureauActions</name>
    <message>
        <source>The node could not be reached: %1. Check the network connection (status bar) and try again; nothing was changed on the chain.</source>
        <translation>无法连接节点：%1。请检查网络连接（见状态栏）后重试；链上没有任何改动。</translation>
    </message>
    <message>
        <source>The chain refused the transaction: %1. Refresh the view: the order or product may have changed meanwhile.</source>
        <translation>链拒绝了该交易：%1。请刷新视图：订单或产品可能已在此期间发生变化。</translation>
    </message>
    <message>
        <source>The input cannot be used: %1. Correct it and try again.</source>
        <translation>输入无法使用：%1。请更正后重试。</translation>
    </message>
    <message>
        <source>A security check failed: %1. Do not retry with this data; tell the network operator.</source>
        <translation>安全校验未通过：%1。请勿使用这些数据重试，并告知网络运营方。</translation>
    </message>
    <message>
        <source>The action failed: %1. Try again; if it fails again, tell the network operator.</source>
        <translation>操作失败：%1。请重试；如仍失败，请告知网络运营方。</translation>
    </message>
</context>
<context>
    <name>ChainAuthorisationDesk</name>
    <message>
        <source>The chain refuses the revocation: %1</source>
        <translation>链上拒绝撤销：%1</translation>
    </message>
</context>
<context>
    <name>ChainBankDesk</name>
    <message>
        <source>The signed-in key is not a bank registered on this chain.</source>
        <translation>当前登录的密钥不是本链上已登记的银行。</translation>
    </message>
</context>
<context>
    <name>ChainDb</name>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>无法创建数据文件夹 %1</translation>
    </message>
</context>
<context>
    <name>ChainEvidenceDesk</name>
    <message>
        <source>The evidence pack could not be written to %1: %2</source>
        <translation>存证包无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The request named for order %1 is for order %2.</source>
        <translation>为订单 %1 指定的查询申请实际属于订单 %2。</translation>
    </message>
</context>
<context>
    <name>ChainJson</name>
    <message>
        <source>%1 is not a whole non-negative number</source>
        <translation>%1 不是非负整数</translation>
    </message>
    <message>
        <source>%1 must be a number or a hex string</source>
        <translation>%1 必须是数字或十六进制字符串</translation>
    </message>
    <message>
        <source>%1 is not a valid quantity: &quot;%2&quot;</source>
        <translation>%1 不是有效的数值：“%2”</translation>
    </message>
    <message>
        <source>%1 must be a 0x-prefixed hex string</source>
        <translation>%1 必须是以 0x 开头的十六进制字符串</translation>
    </message>
    <message>
        <source>%1 must be %2 bytes, got %3</source>
        <translation>%1 应为 %2 字节，实际为 %3 字节</translation>
    </message>
    <message>
        <source>%1 must be a hex string</source>
        <translation>%1 必须是十六进制字符串</translation>
    </message>
</context>
<context>
    <name>ChainMediatorDesk</name>
    <message numerus="yes">
        <source>%n dispute(s) could not be searched: their request could not be opened.</source>
        <translation>
            <numerusform>%n 件纠纷无法检索：其申请材料无法打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainOperatorDesk</name>
    <message>
        <source>This node is already a sealer.</source>
        <translation>该节点已是共识节点。</translation>
    </message>
    <message>
        <source>This node is not a sealer.</source>
        <translation>该节点不是共识节点。</translation>
    </message>
    <message>
        <source>Enter the institution&apos;s registered name.</source>
        <translation>请输入机构的登记名称。</translation>
    </message>
    <message>
        <source>Choose the institution&apos;s role: bureau, bank, regulator or mediator.</source>
        <translation>请选择机构角色：征信机构、查询机构、监管机构或调解组织。</translation>
    </message>
    <message>
        <source>Choose the institution&apos;s region.</source>
        <translation>请选择机构所在地区。</translation>
    </message>
    <message>
        <source>This public key already belongs to %1: an institution is registered once.</source>
        <translation>该公钥已属于 %1：同一机构只能登记一次。</translation>
    </message>
    <message>
        <source>The public key is not an SM2 public key: paste the 128 hex digits (x and y) %1 gave you, or 130 starting with 04.</source>
        <translation>这不是 SM2 公钥：请粘贴%1提供的 128 位十六进制数（x 和 y），或以 04 开头的 130 位。</translation>
    </message>
    <message>
        <source>the institution</source>
        <translation>该机构</translation>
    </message>
    <message>
        <source>Choose an institution registered on the chain to open the user for.</source>
        <translation>请选择一家已在链上登记的机构，为其开立用户。</translation>
    </message>
    <message>
        <source>%1 is deactivated: its users could not act for it. Reactivate the institution first.</source>
        <translation>%1 已停用，其用户无法代表其操作。请先重新启用该机构。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>请输入用户姓名。</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>该用户</translation>
    </message>
    <message>
        <source>This is the operator&apos;s own key: a user needs a key of its own.</source>
        <translation>这是运营方自己的密钥：用户须使用自己的密钥。</translation>
    </message>
    <message>
        <source>This public key belongs to the institution %1: a user needs a key of its own.</source>
        <translation>该公钥属于机构 %1：用户须使用自己的密钥。</translation>
    </message>
    <message>
        <source>This public key already belongs to %1, a user of %2: each user has a key of its own.</source>
        <translation>该公钥已属于%2的用户 %1：每个用户须使用各自的密钥。</translation>
    </message>
    <message>
        <source>Choose a password for the new key file: the user needs it to sign in.</source>
        <translation>请为新密钥文件设置密码：用户登录时需要输入。</translation>
    </message>
    <message>
        <source>Choose where to save the new key file.</source>
        <translation>请选择新密钥文件的保存位置。</translation>
    </message>
    <message>
        <source>The key file could not be saved: %1</source>
        <translation>无法保存密钥文件：%1</translation>
    </message>
</context>
<context>
    <name>ChainRegulatorDesk</name>
    <message>
        <source>The session was locked before this was answered.</source>
        <translation>会话已锁定，此查询未能完成。</translation>
    </message>
</context>
<context>
    <name>ChainTypes</name>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>Chain Id is not a number (&quot;%1&quot;)</source>
        <translation>Chain Id 不是数字（“%1”）</translation>
    </message>
    <message>
        <source>the client version</source>
        <translation>客户端版本信息</translation>
    </message>
    <message>
        <source>the client version has no &quot;Supported Version&quot;</source>
        <translation>客户端版本信息中没有“Supported Version”</translation>
    </message>
    <message>
        <source>the call result</source>
        <translation>调用结果</translation>
    </message>
    <message>
        <source>the sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>isSyncing is not a boolean</source>
        <translation>isSyncing 不是布尔值</translation>
    </message>
    <message>
        <source>the sealer list is not an array</source>
        <translation>共识节点列表不是数组</translation>
    </message>
    <message>
        <source>a sealer node id</source>
        <translation>共识节点 ID</translation>
    </message>
    <message>
        <source>the group list is not an array</source>
        <translation>群组列表不是数组</translation>
    </message>
    <message>
        <source>a group id</source>
        <translation>群组 ID</translation>
    </message>
</context>
<context>
    <name>ConsensusClient</name>
    <message>
        <source>a node id is a 64-byte public key (128 hex digits)</source>
        <translation>节点 ID 应为 64 字节公钥（128 位十六进制）</translation>
    </message>
    <message>
        <source>the node&apos;s answer to the sealer change is not an int256: %1</source>
        <translation>节点对共识节点变更的返回值不是 int256：%1</translation>
    </message>
    <message>
        <source>the node refused the sealer change (code %1); the sealer list is unchanged</source>
        <translation>节点拒绝了共识节点变更（错误码 %1），共识节点列表未变</translation>
    </message>
</context>
<context>
    <name>CurlTransport</name>
    <message>
        <source>the reply exceeds %1 bytes</source>
        <translation>应答超过 %1 字节</translation>
    </message>
    <message>
        <source>libcurl could not create a transfer</source>
        <translation>libcurl 无法创建传输</translation>
    </message>
    <message>
        <source>libcurl refused the transfer</source>
        <translation>libcurl 拒绝了该传输</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>This document was sealed before your key could read it: it is sealed to your institution&apos;s administrator key and to the users who were active when it was sent (%1). Your institution&apos;s administrator key can open it.</source>
        <translation>该文件在您的密钥可读之前已加密：它只加密给本机构的管理员密钥和发送时在用的用户（%1）。本机构的管理员密钥可以打开它。</translation>
    </message>
</context>
<context>
    <name>Devnet</name>
    <message>
        <source>%1 holds a different chain (genesis 0x%2, the genesis file gives 0x%3); use another --data folder or the matching genesis file</source>
        <translation>%1 中保存的是另一条链（创世区块 0x%2，而创世文件给出的是 0x%3）；请换用其他 --data 文件夹或与之匹配的创世文件</translation>
    </message>
    <message>
        <source>%1 holds a demo chain whose history was never finished (its first start was interrupted); delete the folder and start again</source>
        <translation>%1 中的演示链历史数据未生成完毕（首次启动被中断）；请删除该文件夹后重新启动</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 (in use?)</source>
        <translation>无法在 %1:%2 上监听（端口是否已被占用？）</translation>
    </message>
</context>
<context>
    <name>DisputeCase</name>
    <message>
        <source>No verified block records a dispute on order %1.</source>
        <translation>没有已验证的区块记录订单 %1 的纠纷。</translation>
    </message>
    <message>
        <source>The dispute on order %1 is assigned to another mediator; only that mediator can read its documents.</source>
        <translation>订单 %1 的纠纷已指定给其他调解机构，只有该机构能查阅相关材料。</translation>
    </message>
    <message>
        <source>Order %1 is not in the verified store.</source>
        <translation>本地已验证数据中没有订单 %1。</translation>
    </message>
    <message>
        <source>The dispute&apos;s grant cannot be opened with your key: %1</source>
        <translation>无法用您的密钥打开该纠纷的授权文件：%1</translation>
    </message>
    <message>
        <source>The dispute&apos;s grant names order %1 for another mediator or order: refused.</source>
        <translation>该纠纷授权文件所指的调解机构或订单与订单 %1 不符，已拒绝。</translation>
    </message>
    <message>
        <source>The party that raised the dispute shared no copy of the request.</source>
        <translation>发起纠纷的一方未提供查询申请的副本。</translation>
    </message>
    <message>
        <source>The grant&apos;s copy is of a document this order does not have on chain: refused.</source>
        <translation>授权文件中的副本对应的不是本订单链上的文件，已拒绝。</translation>
    </message>
    <message>
        <source>The copy cannot be opened: %1</source>
        <translation>副本无法打开：%1</translation>
    </message>
    <message>
        <source>The report copy does not match the hash the bureau recorded on chain: refused.</source>
        <translation>报告副本与征信机构上链的哈希不一致，已拒绝。</translation>
    </message>
    <message>
        <source>The request copy is not valid: %1</source>
        <translation>查询申请副本无效：%1</translation>
    </message>
    <message>
        <source>The request copy does not match the order on chain (its id or authorisation letter differs): refused.</source>
        <translation>查询申请副本与链上订单不一致（订单号或授权书不同），已拒绝。</translation>
    </message>
    <message>
        <source>The bureau had not delivered a report when the dispute was raised.</source>
        <translation>发起纠纷时征信机构尚未交付报告。</translation>
    </message>
    <message>
        <source>The party that raised the dispute shared no copy of the report.</source>
        <translation>发起纠纷的一方未提供报告副本。</translation>
    </message>
</context>
<context>
    <name>DisputeFiling</name>
    <message>
        <source>The %1 document could not be fetched: %2</source>
        <translation>无法获取%1文档：%2</translation>
    </message>
    <message>
        <source>The document store did not take the mediator&apos;s copy: %1</source>
        <translation>文档存储未接收给调解组织的副本：%1</translation>
    </message>
    <message>
        <source>The chain refused the dispute: %1</source>
        <translation>链拒绝了该争议：%1</translation>
    </message>
    <message>
        <source>The dispute grant is not valid: %1</source>
        <translation>纠纷授权文件无效：%1</translation>
    </message>
</context>
<context>
    <name>DisputeResolution</name>
    <message>
        <source>Complaint upheld</source>
        <translation>异议成立</translation>
    </message>
    <message>
        <source>Complaint rejected</source>
        <translation>异议不成立</translation>
    </message>
    <message>
        <source>Settled by agreement</source>
        <translation>双方和解</translation>
    </message>
</context>
<context>
    <name>DocumentCache</name>
    <message>
        <source>cannot create the document cache folder %1</source>
        <translation>无法创建文档缓存文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write to the document cache %1: %2</source>
        <translation>无法写入文档缓存 %1：%2</translation>
    </message>
</context>
<context>
    <name>DocumentFetcher</name>
    <message>
        <source>no verified block refers to document %1; if it was just sent, wait until its block is synced</source>
        <translation>没有任何已验证的区块引用文档 %1；如该文档刚刚发送，请等待其所在区块同步完成</translation>
    </message>
</context>
<context>
    <name>DocumentStoreClient</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>a document is named by a 32-byte SM3 hash</source>
        <translation>文档须以 32 字节的 SM3 哈希命名</translation>
    </message>
    <message>
        <source>fetching document %1</source>
        <translation>获取文档 %1</translation>
    </message>
    <message>
        <source>%1: the document store does not have it (yet). Try again later, or ask the sender to upload it again.</source>
        <translation>%1：文档存储中（暂时）没有该文档。请稍后重试，或请发送方重新上传。</translation>
    </message>
    <message>
        <source>%1: the store served %2 bytes whose SM3 is %3, not the hash recorded on chain. Nothing was kept; report the store to the network operator.</source>
        <translation>%1：文档存储返回的 %2 字节数据的 SM3 哈希为 %3，与链上记录的哈希不符。未保存任何内容；请向网络运营方报告该文档存储。</translation>
    </message>
    <message>
        <source>uploading document %1</source>
        <translation>上传文档 %1</translation>
    </message>
    <message>
        <source>%1: the store refused it. %2 (The store said: %3)</source>
        <translation>%1：文档存储服务拒绝接收。%2（存储服务返回：%3）</translation>
    </message>
</context>
<context>
    <name>DocumentStoreRefusal</name>
    <message>
        <source>The document was damaged on the way to the store. Send it again; if this repeats, tell the network operator.</source>
        <translation>文档在传送至存储服务途中已损坏。请重新发送；如仍出现此问题，请联系网络运营方。</translation>
    </message>
    <message>
        <source>The store could not confirm that your institution&apos;s key signed this upload. Sign in again with your institution&apos;s key and send it again.</source>
        <translation>存储服务无法确认本次上传由贵机构密钥签名。请使用贵机构密钥重新登录后再次发送。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the store&apos;s. Turn on automatic date and time, then send it again.</source>
        <translation>本机时间与存储服务时间相差过大。请开启自动设置日期和时间后重新发送。</translation>
    </message>
    <message>
        <source>The store had already received this exact upload. Send it again; the terminal signs it anew.</source>
        <translation>存储服务已收到过完全相同的上传请求。请重新发送，终端将重新签名。</translation>
    </message>
    <message>
        <source>Your account is not a registered institution on this network. Check that you signed in with your institution&apos;s key, or ask the network operator to register it.</source>
        <translation>您的账户不是本网络已登记的机构。请确认使用贵机构密钥登录，或联系网络运营方办理机构登记。</translation>
    </message>
    <message>
        <source>Your institution is suspended on this network. Ask the network operator to reactivate it.</source>
        <translation>贵机构在本网络中已被暂停使用。请联系网络运营方恢复启用。</translation>
    </message>
    <message>
        <source>The document is larger than the store accepts. Make it smaller (for example, fewer or compressed images) and send it again.</source>
        <translation>文档超过存储服务允许的大小。请缩小文档（例如减少或压缩图片）后重新发送。</translation>
    </message>
    <message>
        <source>Your institution has used its upload allowance for now. Wait a while and send it again, or ask the network operator to raise the allowance.</source>
        <translation>贵机构本时段的上传额度已用完。请稍后重新发送，或联系网络运营方提高额度。</translation>
    </message>
    <message>
        <source>The network&apos;s document store is full. Tell the network operator; send it again once they have made room.</source>
        <translation>本网络的文档存储空间已满。请通知网络运营方，待其腾出空间后重新发送。</translation>
    </message>
    <message>
        <source>The document store could not save the document. Send it again later; if this repeats, tell the network operator.</source>
        <translation>文档存储服务未能保存该文档。请稍后重新发送；如仍出现此问题，请联系网络运营方。</translation>
    </message>
    <message>
        <source>Your user account is frozen on this network. Ask your institution&apos;s administrator or the network operator to unfreeze it.</source>
        <translation>您的用户账户在本网络已被冻结。请联系本机构管理员或网络运营方解冻。</translation>
    </message>
</context>
<context>
    <name>EnterpriseReportWriter</name>
    <message>
        <source>A credit report can only be set inside the graphical application (it needs its fonts).</source>
        <translation>征信报告只能在图形界面程序中排版生成（需要使用其字体）。</translation>
    </message>
    <message>
        <source>The report could not be written: the output is not open for writing.</source>
        <translation>无法写入报告：输出目标未以可写方式打开。</translation>
    </message>
    <message>
        <source>The report could not be written: the PDF output failed to start.</source>
        <translation>无法写入报告：PDF 输出无法开始。</translation>
    </message>
    <message>
        <source>The report could not be written: a new PDF page failed.</source>
        <translation>无法写入报告：无法新建 PDF 页面。</translation>
    </message>
    <message>
        <source>The report could not be written: the PDF output failed to finish.</source>
        <translation>无法写入报告：PDF 输出无法完成。</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>the document envelope is damaged: %1</source>
        <translation>文档加密封装已损坏：%1</translation>
    </message>
    <message>
        <source>too short for a header</source>
        <translation>长度不足以包含文件头</translation>
    </message>
    <message>
        <source>not an envelope (bad magic)</source>
        <translation>不是加密封装文件（标识不符）</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>未知的格式版本 %1</translation>
    </message>
    <message>
        <source>unknown cipher suite %1</source>
        <translation>未知的密码套件 %1</translation>
    </message>
    <message>
        <source>recipient count %1 outside 1..%2</source>
        <translation>接收方数量 %1 超出 1～%2 的范围</translation>
    </message>
    <message>
        <source>recipient %1 is truncated</source>
        <translation>接收方 %1 的数据不完整</translation>
    </message>
    <message>
        <source>recipient %1 has a bad key length</source>
        <translation>接收方 %1 的密钥长度有误</translation>
    </message>
    <message>
        <source>truncated before the body</source>
        <translation>正文之前的数据不完整</translation>
    </message>
    <message>
        <source>impossible body length %1</source>
        <translation>正文长度 %1 不合理</translation>
    </message>
    <message>
        <source>the body is truncated</source>
        <translation>正文不完整</translation>
    </message>
    <message>
        <source>bad length after the body</source>
        <translation>正文之后的长度有误</translation>
    </message>
    <message>
        <source>an envelope needs 1 to %1 recipients, got %2</source>
        <translation>加密封装需要 1～%1 个接收方，实际为 %2 个</translation>
    </message>
    <message>
        <source>the document is %1 MiB; the limit is %2 MiB</source>
        <translation>该文档大小为 %1 MiB，上限为 %2 MiB</translation>
    </message>
    <message>
        <source>a recipient has no public key</source>
        <translation>有一个接收方没有公钥</translation>
    </message>
    <message>
        <source>this document is not encrypted for your key (address 0x%1)</source>
        <translation>该文档不是用您的密钥加密的（地址 0x%1）</translation>
    </message>
    <message>
        <source>your wrapped key does not decrypt</source>
        <translation>用您的密钥无法解开文档密钥</translation>
    </message>
    <message>
        <source>the authentication code does not match (the document was altered)</source>
        <translation>认证码不符（文档已被篡改）</translation>
    </message>
    <message>
        <source>the body does not decrypt</source>
        <translation>正文无法解密</translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <source>evidence bundle: %1: %2</source>
        <translation>存证包：%1：%2</translation>
    </message>
    <message>
        <source>an object is required</source>
        <translation>此处应为对象</translation>
    </message>
    <message>
        <source>an array is required</source>
        <translation>此处应为数组</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>条目超过 %1 个</translation>
    </message>
    <message>
        <source>a whole number from 0 to 2^53 is required</source>
        <translation>此处应为 0 到 2^53 之间的整数</translation>
    </message>
    <message>
        <source>a string is required</source>
        <translation>此处应为字符串</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>not a CreditChain evidence bundle</source>
        <translation>不是征信链存证包</translation>
    </message>
    <message>
        <source>version %1 is not supported (this build reads version %2)</source>
        <translation>不支持版本 %1（本程序可读取版本 %2）</translation>
    </message>
    <message>
        <source>evidence bundle: %1 bytes is larger than the %2 bytes a bundle may have</source>
        <translation>存证包：%1 字节，超过存证包上限 %2 字节</translation>
    </message>
    <message>
        <source>evidence bundle: nested more than %1 levels deep; a bundle needs far fewer</source>
        <translation>存证包：嵌套超过 %1 层，正常存证包远少于此</translation>
    </message>
    <message>
        <source>evidence bundle: not JSON (%1 at byte %2)</source>
        <translation>存证包：不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>evidence bundle: the top level must be an object</source>
        <translation>存证包：顶层必须是对象</translation>
    </message>
</context>
<context>
    <name>EvidenceCertificate</name>
    <message>
        <source>An evidence certificate is only issued for a bundle that verified; this one failed the %1 check.</source>
        <translation>只有核验通过的存证包才能出具存证证明；本存证包未通过 %1 检查。</translation>
    </message>
    <message>
        <source>An evidence certificate can only be set inside the graphical application (it needs its fonts).</source>
        <translation>存证证明只能在图形界面程序中生成（需要其字体）。</translation>
    </message>
    <message>
        <source>The evidence certificate could not be written: the PDF output failed.</source>
        <translation>存证证明无法写入：PDF 输出失败。</translation>
    </message>
</context>
<context>
    <name>EvidenceEvent</name>
    <message>
        <source>the log has no topics, so it is no event</source>
        <translation>该日志没有主题，不是事件</translation>
    </message>
    <message>
        <source>the log is no CreditMarket event</source>
        <translation>该日志不是征信市场合约的事件</translation>
    </message>
    <message>
        <source>%1 is not an event of an order</source>
        <translation>%1 不是订单事件</translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <source>the node&apos;s transaction has no field %1</source>
        <translation>节点返回的交易缺少字段 %1</translation>
    </message>
    <message>
        <source>the evidence export was cancelled</source>
        <translation>存证包导出已取消</translation>
    </message>
    <message>
        <source>the node&apos;s header of block %1 does not read: %2</source>
        <translation>节点返回的区块 %1 的区块头无法解析：%2</translation>
    </message>
    <message>
        <source>the node served block %1 with other fields than the verified store has</source>
        <translation>节点返回的区块 %1 与本地已验证数据的字段不一致</translation>
    </message>
    <message>
        <source>the node does not know transaction %1</source>
        <translation>节点没有交易 %1</translation>
    </message>
    <message>
        <source>the node&apos;s transaction %1 does not read: %2</source>
        <translation>节点返回的交易 %1 无法解析：%2</translation>
    </message>
    <message>
        <source>the node&apos;s fields of transaction %1 rebuild another transaction</source>
        <translation>按节点返回的字段重建出的不是交易 %1</translation>
    </message>
    <message>
        <source>the node&apos;s proof of transaction %1 does not fold to block %2: %3</source>
        <translation>节点提供的交易 %1 的证明无法归并到区块 %2：%3</translation>
    </message>
    <message>
        <source>the node has no receipt of transaction %1</source>
        <translation>节点没有交易 %1 的回执</translation>
    </message>
    <message>
        <source>the node&apos;s receipt of %1 does not read: %2</source>
        <translation>节点返回的 %1 的回执无法解析：%2</translation>
    </message>
    <message>
        <source>the node&apos;s proof of the receipt of %1 does not fold to block %2: %3</source>
        <translation>节点提供的 %1 回执的证明无法归并到区块 %2：%3</translation>
    </message>
    <message>
        <source>the receipt of %1 has no log %2</source>
        <translation>%1 的回执中没有第 %2 条日志</translation>
    </message>
    <message>
        <source>order %1 has no verified event in this store (sync first?)</source>
        <translation>本地数据中没有订单 %1 的已验证事件（请先同步）</translation>
    </message>
    <message>
        <source>the store is anchored at %1, the network at %2</source>
        <translation>本地数据的信任锚为 %1，网络的为 %2</translation>
    </message>
    <message>
        <source>the bundle for order %1 does not verify (%2, step %3): %4</source>
        <translation>订单 %1 的存证包核验未通过（%2，第 %3 步）：%4</translation>
    </message>
</context>
<context>
    <name>EvidenceQueries</name>
    <message>
        <source>block %1 is not in the verified store</source>
        <translation>本地已验证数据中没有区块 %1</translation>
    </message>
    <message>
        <source>the stored header of block %1 does not read: %2</source>
        <translation>本地保存的区块 %1 的区块头无法解析：%2</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>the bundle starts from %1, not from the anchor %2 you gave</source>
        <translation>存证包的起点是 %1，而不是您指定的信任锚 %2</translation>
    </message>
    <message>
        <source>the genesis header (block %1) hashes to %2, not to the anchor %3</source>
        <translation>创世区块头（区块 %1）的哈希为 %2，而不是信任锚 %3</translation>
    </message>
    <message>
        <source>the genesis header names no sealers</source>
        <translation>创世区块头未列出共识节点</translation>
    </message>
    <message>
        <source>the sealer change of block %1 comes after that of block %2</source>
        <translation>区块 %1 的共识节点变更排在区块 %2 之后</translation>
    </message>
    <message>
        <source>block %1 is listed as a sealer change but keeps the sealers</source>
        <translation>区块 %1 被列为共识节点变更，但共识节点并未改变</translation>
    </message>
    <message>
        <source>block %1: the header&apos;s fields hash to %2, the bundle says %3</source>
        <translation>区块 %1：按区块头字段计算的哈希为 %2，存证包中为 %3</translation>
    </message>
    <message>
        <source>block %1 names %2 sealers that the sealer-set history from the anchor does not lead to</source>
        <translation>区块 %1 列出的 %2 个共识节点与从信任锚推出的共识节点历史不符</translation>
    </message>
    <message>
        <source>block %1: a signature names sealer %2 of a %3-sealer list</source>
        <translation>区块 %1：有签名指向 %3 个共识节点中的第 %2 个（不存在）</translation>
    </message>
    <message>
        <source>block %1: the signature for sealer %2 was made by a key that is not that sealer&apos;s</source>
        <translation>区块 %1：共识节点 %2 的签名不是由该节点的密钥所签</translation>
    </message>
    <message>
        <source>block %1: two signatures claim sealer %2</source>
        <translation>区块 %1：有两个签名都声称来自共识节点 %2</translation>
    </message>
    <message>
        <source>block %1: the signature of sealer %2 does not verify</source>
        <translation>区块 %1：共识节点 %2 的签名验证失败</translation>
    </message>
    <message>
        <source>block %1 changes the sealers, signed by %2 of the %3 sealers before it, %4 needed</source>
        <translation>区块 %1 变更了共识节点，由此前 %3 个共识节点中的 %2 个签名，需要 %4 个</translation>
    </message>
    <message>
        <source>block %1: %2 of %3 sealers signed, %4 needed</source>
        <translation>区块 %1：%3 个共识节点中 %2 个签名，需要 %4 个</translation>
    </message>
    <message>
        <source>the bundle has no steps</source>
        <translation>存证包中没有任何步骤</translation>
    </message>
    <message>
        <source>the first step is %1, not the order&apos;s placement</source>
        <translation>第一步是 %1，而不是下单</translation>
    </message>
    <message>
        <source>step %1 does not come after step %2 on the chain</source>
        <translation>链上第 %1 步并不在第 %2 步之后</translation>
    </message>
    <message>
        <source>the transaction does not decode: %1</source>
        <translation>交易无法解码：%1</translation>
    </message>
    <message>
        <source>the transaction is for chain %1, group %2, contract %3, not this bundle&apos;s</source>
        <translation>该交易属于链 %1、群组 %2、合约 %3，与本存证包不符</translation>
    </message>
    <message>
        <source>the transaction&apos;s SM2 signature does not verify</source>
        <translation>交易的 SM2 签名验证失败</translation>
    </message>
    <message>
        <source>transaction %1 at index %2 is not proved into block %3: %4</source>
        <translation>位于序号 %2 的交易 %1 无法证明在区块 %3 中：%4</translation>
    </message>
    <message>
        <source>the receipt at index %1 is not proved into block %2: %3</source>
        <translation>序号 %1 的回执无法证明在区块 %2 中：%3</translation>
    </message>
    <message>
        <source>the transaction failed on chain (status %1)</source>
        <translation>该交易在链上执行失败（状态 %1）</translation>
    </message>
    <message>
        <source>the receipt has %1 logs, the step names log %2</source>
        <translation>回执有 %1 条日志，该步骤指向第 %2 条</translation>
    </message>
    <message>
        <source>log %1 comes from %2, not from the contract %3</source>
        <translation>日志 %1 来自 %2，而不是合约 %3</translation>
    </message>
    <message>
        <source>log %1 does not decode: %2</source>
        <translation>日志 %1 无法解码：%2</translation>
    </message>
    <message>
        <source>the chain recorded %1 of order %2, the bundle claims %3 of order %4 with other details</source>
        <translation>链上记录的是订单 %2 的 %1，存证包声称是订单 %4 的 %3，且细节不同</translation>
    </message>
    <message>
        <source>the bundle lists %1 %2, which the order&apos;s events do not reference</source>
        <translation>存证包列出了 %1 %2，但订单事件并未引用它</translation>
    </message>
    <message>
        <source>the file %1 (SM3 %2) is none of the order&apos;s documents</source>
        <translation>文件 %1（SM3 %2）不是该订单的任何文件</translation>
    </message>
    <message>
        <source>the exporter&apos;s signature over the manifest does not verify</source>
        <translation>导出机构对清单的签名验证失败</translation>
    </message>
    <message>
        <source>the event&apos;s actor %1 did not sign the transaction (%2 did), and the receipt names no user of %1 who took the step</source>
        <translation>事件的操作机构 %1 并未签署该交易（签署者为 %2），且回执中没有记载由 %1 的用户执行此步骤</translation>
    </message>
</context>
<context>
    <name>FactTable</name>
    <message>
        <source>the store has an event of order %1 before its placing</source>
        <translation>本地数据中订单 %1 有早于下单的事件</translation>
    </message>
</context>
<context>
    <name>FiscoJson</name>
    <message>
        <source>%1 must be 128 hex digits without 0x</source>
        <translation>%1 必须是 128 位十六进制数字，不带 0x</translation>
    </message>
</context>
<context>
    <name>FiscoReason</name>
    <message>
        <source>The node refused the transaction because its block limit is outside the node&apos;s window (%1). The chain height it was built for is stale; send it again to build a fresh one.</source>
        <translation>节点拒绝了该交易：交易的区块高度上限（blockLimit）不在节点允许的范围内（%1）。交易构造时所依据的链高度已过时；请重新发送，系统会重新构造交易。</translation>
    </message>
    <message>
        <source>The node refused the transaction because its nonce was already used (%1). Send it again: every new transaction draws a fresh nonce.</source>
        <translation>节点拒绝了该交易：交易的随机数（nonce）已被使用（%1）。请重新发送：每笔新交易都会生成新的随机数。</translation>
    </message>
    <message>
        <source>The node refused the transaction&apos;s chain id (%1). Check that the chain id in the network settings is the one this node reports.</source>
        <translation>节点拒绝了该交易的链 ID（%1）。请核对网络设置中的链 ID 是否与该节点报告的一致。</translation>
    </message>
    <message>
        <source>The node refused the transaction&apos;s group id (%1). Check that the group id in the network settings is a group this node serves.</source>
        <translation>节点拒绝了该交易的群组 ID（%1）。请核对网络设置中的群组 ID 是否为该节点所服务的群组。</translation>
    </message>
    <message>
        <source>The node refused the transaction&apos;s chain id or group id (%1). Check both in the network settings against what the node reports.</source>
        <translation>节点拒绝了该交易的链 ID 或群组 ID（%1）。请对照节点报告的信息核对网络设置中的这两项。</translation>
    </message>
    <message>
        <source>The node rejected the signature (%1): is the key for this chain, and does the chain run in 国密 (SM2/SM3) mode?</source>
        <translation>节点拒绝了该签名（%1）：请确认该密钥属于本链，且本链运行在国密（SM2/SM3）模式下。</translation>
    </message>
    <message>
        <source>The node&apos;s transaction pool is full (%1). Wait a few seconds and send the transaction again.</source>
        <translation>节点的交易池已满（%1）。请稍等几秒后重新发送该交易。</translation>
    </message>
    <message>
        <source>The node already holds this transaction in its pool (%1). Wait for its receipt instead of sending it again.</source>
        <translation>该交易已在节点的交易池中（%1）。请等待其交易回执，不要重复发送。</translation>
    </message>
    <message>
        <source>This transaction is already on the chain (%1). Look up its receipt instead of sending it again.</source>
        <translation>该交易已经上链（%1）。请查询其交易回执，不要重复发送。</translation>
    </message>
    <message>
        <source>The node has no memory left for this group (%1). Wait a while and send again; if it persists, ask the chain operator to check the node.</source>
        <translation>节点为该群组分配的内存已用尽（%1）。请稍后重新发送；如问题持续，请联系链运营方检查该节点。</translation>
    </message>
    <message>
        <source>The node does not serve this group (%1). Check the group id and the endpoint in the network settings.</source>
        <translation>该节点不服务于此群组（%1）。请检查网络设置中的群组 ID 和节点地址。</translation>
    </message>
    <message>
        <source>The node could not decode the transaction (%1). This is a bug in the terminal; please report it.</source>
        <translation>节点无法解析该交易（%1）。这是终端程序的缺陷，请报告此问题。</translation>
    </message>
    <message>
        <source>This account is not allowed to do that on this chain (%1). Ask the chain operator to grant the permission.</source>
        <translation>该账户在本链上无权执行此操作（%1）。请联系链运营方授予相应权限。</translation>
    </message>
    <message>
        <source>The node refused the transaction (%1). Check the node&apos;s log, or ask the chain operator why.</source>
        <translation>节点拒绝了该交易（%1）。请查看节点日志，或向链运营方询问原因。</translation>
    </message>
</context>
<context>
    <name>FiscoRpc</name>
    <message>
        <source>block %1 not found (the node answered null)</source>
        <translation>未找到区块 %1（节点返回 null）</translation>
    </message>
    <message>
        <source>block %1 is not a JSON object</source>
        <translation>区块 %1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>asked for block %1, got block %2</source>
        <translation>请求的是区块 %1，返回的却是区块 %2</translation>
    </message>
    <message>
        <source>the block number</source>
        <translation>区块高度</translation>
    </message>
    <message>
        <source>the block hash</source>
        <translation>区块哈希</translation>
    </message>
    <message>
        <source>the reply is neither null nor an object</source>
        <translation>应答既不是 null 也不是对象</translation>
    </message>
    <message>
        <source>the transaction hash</source>
        <translation>交易哈希</translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message>
        <source>hex must not start with 0x here</source>
        <translation>此处的十六进制数不能以 0x 开头</translation>
    </message>
    <message>
        <source>hex has an odd number of digits (%1)</source>
        <translation>十六进制数的位数为奇数（%1 位）</translation>
    </message>
    <message>
        <source>not a hex digit at position %1</source>
        <translation>第 %1 位不是十六进制数字</translation>
    </message>
    <message>
        <source>expected %1 bytes of hex, got %2</source>
        <translation>应为 %1 字节的十六进制数据，实际为 %2 字节</translation>
    </message>
</context>
<context>
    <name>JsonRpc</name>
    <message>
        <source>the error member is not an object</source>
        <translation>error 成员不是对象</translation>
    </message>
    <message>
        <source>the error has no integer code</source>
        <translation>error 中没有整数错误码</translation>
    </message>
    <message>
        <source>the error has no message text</source>
        <translation>error 中没有错误信息</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>应答为空</translation>
    </message>
    <message>
        <source>the reply is not JSON (%1 at offset %2): &quot;%3&quot;</source>
        <translation>应答不是 JSON（偏移 %2 处：%1）：“%3”</translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>应答不是 JSON 对象</translation>
    </message>
    <message>
        <source>the reply is not JSON-RPC 2.0 (no &quot;jsonrpc&quot;:&quot;2.0&quot;)</source>
        <translation>应答不是 JSON-RPC 2.0 格式（缺少 &quot;jsonrpc&quot;:&quot;2.0&quot;）</translation>
    </message>
    <message>
        <source>the reply has both a result and an error</source>
        <translation>应答同时包含 result 和 error</translation>
    </message>
    <message>
        <source>the reply has neither a result nor an error</source>
        <translation>应答既没有 result 也没有 error</translation>
    </message>
    <message>
        <source>the reply answers id %1, not the request&apos;s id %2</source>
        <translation>应答对应的请求 id 为 %1，而本次请求的 id 为 %2</translation>
    </message>
    <message>
        <source>a single call was answered with an array</source>
        <translation>单个调用收到了数组形式的应答</translation>
    </message>
    <message>
        <source>the batch reply has no answer for id %1</source>
        <translation>批量应答中缺少 id %1 的应答</translation>
    </message>
    <message>
        <source>the batch reply answers id %1 %2 times</source>
        <translation>批量应答中 id %1 的应答出现了 %2 次</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>this key file is not encrypted; import it to protect it with a password</source>
        <translation>该密钥文件未加密；请导入该文件并为其设置密码保护</translation>
    </message>
    <message>
        <source>not a PEM private key file</source>
        <translation>不是 PEM 格式的私钥文件</translation>
    </message>
    <message>
        <source>the encrypted key file is damaged</source>
        <translation>加密的密钥文件已损坏</translation>
    </message>
    <message>
        <source>the key file uses %1; only PBES2 is accepted</source>
        <translation>该密钥文件使用的是 %1；仅支持 PBES2</translation>
    </message>
    <message>
        <source>the key file does not use PBKDF2</source>
        <translation>该密钥文件未使用 PBKDF2</translation>
    </message>
    <message>
        <source>the key file&apos;s PBKDF2 parameters are damaged</source>
        <translation>该密钥文件的 PBKDF2 参数已损坏</translation>
    </message>
    <message>
        <source>no key to save</source>
        <translation>没有可保存的密钥</translation>
    </message>
    <message>
        <source>a key file needs a password</source>
        <translation>密钥文件必须设置密码</translation>
    </message>
    <message>
        <source>PBKDF2 iterations must be between %1 and %2</source>
        <translation>PBKDF2 迭代次数必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>cannot prepare the key for encryption</source>
        <translation>无法准备密钥加密</translation>
    </message>
    <message>
        <source>cannot encrypt the key</source>
        <translation>无法加密密钥</translation>
    </message>
    <message>
        <source>cannot write the key as PEM</source>
        <translation>无法将密钥写为 PEM 格式</translation>
    </message>
    <message>
        <source>the key file asks for more than %1 PBKDF2 iterations</source>
        <translation>该密钥文件要求的 PBKDF2 迭代次数超过 %1 次</translation>
    </message>
    <message>
        <source>wrong password for this key file</source>
        <translation>密钥文件密码错误</translation>
    </message>
    <message>
        <source>the key file decrypts but holds no usable key</source>
        <translation>密钥文件可以解密，但其中没有可用的密钥</translation>
    </message>
    <message>
        <source>this key file is encrypted; open it with its password</source>
        <translation>该密钥文件已加密；请输入密码打开</translation>
    </message>
    <message>
        <source>not a PEM private key</source>
        <translation>不是 PEM 格式的私钥</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a key file is at most %3</source>
        <translation>%1 大小为 %2 字节；密钥文件最大为 %3 字节</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LetterFile</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; letters up to %3 MiB are accepted. Scan it at a lower resolution or as a PDF.</source>
        <translation>%1 大小为 %2 MiB；授权书最大可接受 %3 MiB。请以较低分辨率扫描或保存为 PDF。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 大于 %2 MiB。</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file. Attach the signed letter as a PDF or a scan.</source>
        <translation>%1 不是 PDF、PNG 或 JPEG 文件。请以 PDF 或扫描件形式添加已签署的授权书。</translation>
    </message>
</context>
<context>
    <name>LightSchema</name>
    <message>
        <source>light store has a meta table without schema_version</source>
        <translation>本地存储的 meta 表中没有 schema_version</translation>
    </message>
    <message>
        <source>light store schema_version &quot;%1&quot; is not a version</source>
        <translation>本地存储的 schema_version“%1”不是有效的版本号</translation>
    </message>
    <message>
        <source>light store has schema version %1, newer than this build&apos;s %2: open it with a newer CreditChain Terminal or sync into a new directory</source>
        <translation>本地存储的结构版本为 %1，高于本程序支持的版本 %2：请使用更新版本的 CreditChain Terminal 打开，或同步到新的目录</translation>
    </message>
    <message>
        <source>light store migration to version %1 failed: %2</source>
        <translation>本地存储升级到版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>LightStore</name>
    <message>
        <source>stored sealer list is not a list of 64-byte node ids</source>
        <translation>已存储的共识节点列表不是 64 字节节点 ID 的列表</translation>
    </message>
    <message>
        <source>no light store at %1 (run creditctl sync first)</source>
        <translation>%1 处没有本地存储（请先运行 creditctl sync）</translation>
    </message>
    <message>
        <source>%1 has schema version %2, this build reads %3</source>
        <translation>%1 的结构版本为 %2，本程序读取的是版本 %3</translation>
    </message>
    <message>
        <source>block 0: Malformed: %1</source>
        <translation>区块 0：Malformed（格式错误）：%1</translation>
    </message>
    <message>
        <source>block 0: HeaderHash: the node&apos;s genesis block hashes to %1, the network profile trusts %2 — this node serves another chain</source>
        <translation>区块 0：HeaderHash（区块头哈希）：节点的创世区块哈希为 %1，而网络配置文件信任的是 %2——该节点服务的是另一条链</translation>
    </message>
    <message>
        <source>this store follows the chain with genesis %1, not %2</source>
        <translation>该本地存储跟随的是创世区块为 %1 的链，而不是 %2</translation>
    </message>
    <message>
        <source>block %1: %2</source>
        <translation>区块 %1：%2</translation>
    </message>
    <message>
        <source>blocks %1–%2 not stored (block %3: %4)</source>
        <translation>区块 %1–%2 未保存（区块 %3：%4）</translation>
    </message>
    <message>
        <source>it does not extend the stored tip %1</source>
        <translation>它不能接在已存储的最新区块 %1 之后</translation>
    </message>
    <message>
        <source>receipts and transactions differ in number</source>
        <translation>交易回执与交易的数量不一致</translation>
    </message>
    <message>
        <source>the light store has no trust anchor yet</source>
        <translation>本地存储尚无信任锚点</translation>
    </message>
    <message>
        <source>order %1 has an unknown state</source>
        <translation>订单 %1 的状态未知</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Rows: %1. Printed %2.</source>
        <translation>共 %1 行。打印时间：%2。</translation>
    </message>
</context>
<context>
    <name>LoanBookCsv</name>
    <message>
        <source>The file is larger than 1 MiB. Split the loan book into several files and re-query them one after the other.</source>
        <translation>文件超过 1 MiB。请将贷款台账拆分为几个文件，逐个批量查询。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. In the spreadsheet, save it as “CSV UTF-8 (comma delimited)” and choose that file.</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030 文本。请在电子表格中另存为“CSV UTF-8（逗号分隔）”，再选择该文件。</translation>
    </message>
    <message>
        <source>Row %1 is not valid CSV: a quotation mark is not closed, or text follows a closing one. Correct that row in the spreadsheet and save the file again.</source>
        <translation>第 %1 行不是有效的 CSV：引号未闭合，或闭合引号后还有文字。请在电子表格中改正该行后重新保存。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The first row must name the columns: 企业名称,统一社会信用代码 (or name,credit_code).</source>
        <translation>第一行须为列名：企业名称,统一社会信用代码（或 name,credit_code）。</translation>
    </message>
    <message>
        <source>The file names the columns but lists no enterprises.</source>
        <translation>文件只有列名，没有企业。</translation>
    </message>
    <message>
        <source>The file lists %1 enterprises; one re-query places at most %2 orders. Split the loan book and re-query the parts one after the other.</source>
        <translation>文件列有 %1 家企业；一次批量查询最多下 %2 笔订单。请拆分贷款台账，分批查询。</translation>
    </message>
    <message>
        <source>The enterprise name is empty.</source>
        <translation>企业名称为空。</translation>
    </message>
    <message>
        <source>The credit code is empty.</source>
        <translation>统一社会信用代码为空。</translation>
    </message>
    <message>
        <source>Same credit code as row %1.</source>
        <translation>与第 %1 行的统一社会信用代码重复。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>LoanBookRequery</name>
    <message>
        <source>The bank&apos;s recorded authorisations cannot be read: %1 Nothing was ordered.</source>
        <translation>无法读取本行已登记的授权：%1 未下任何订单。</translation>
    </message>
    <message>
        <source>No recorded authorisation of this enterprise covers the product today. Record its letter on the Authorisations page, then re-query this enterprise.</source>
        <translation>该企业没有今日有效且覆盖该产品的已登记授权。请先在“授权管理”页登记其授权书，再对该企业重新查询。</translation>
    </message>
    <message>
        <source>The product needs no authorisation; a re-query places orders with the enterprise&apos;s recorded authorisation only. Choose a product that needs one.</source>
        <translation>该产品无需授权；批量查询只凭企业已登记的授权下单。请选择需要授权的产品。</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded letter(s) could not be opened, so their enterprises are unknown.</source>
        <translation>
            <numerusform>有 %n 份已登记的授权书无法打开，无法确认其对应企业。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketEvents</name>
    <message>
        <source>carries state %1, the event means %2</source>
        <translation>事件中记载的状态为 %1，而该事件对应的状态为 %2</translation>
    </message>
    <message>
        <source>%1 log: %2</source>
        <translation>%1 事件日志：%2</translation>
    </message>
    <message>
        <source>%1 log: no decoder</source>
        <translation>%1 事件日志：没有对应的解码器</translation>
    </message>
    <message>
        <source>an anonymous log is no CreditMarket event</source>
        <translation>匿名日志不是 CreditMarket 合约事件</translation>
    </message>
    <message>
        <source>topic 0 is no CreditMarket event</source>
        <translation>topic 0 不是 CreditMarket 合约事件</translation>
    </message>
</context>
<context>
    <name>MarketQueries</name>
    <message>
        <source>light store: %1</source>
        <translation>本地存储：%1</translation>
    </message>
    <message>
        <source>institution %1 has an unknown role</source>
        <translation>机构 %1 的角色未知</translation>
    </message>
    <message>
        <source>product %1 has an unknown series</source>
        <translation>产品 %1 的产品系列未知</translation>
    </message>
    <message>
        <source>order %1 has an unknown state</source>
        <translation>订单 %1 的状态未知</translation>
    </message>
    <message>
        <source>an event of order %1 has an unknown state</source>
        <translation>订单 %1 的一条事件状态未知</translation>
    </message>
    <message>
        <source>unknown institution event %1</source>
        <translation>未知的机构事件 %1</translation>
    </message>
    <message>
        <source>product %1 has a malformed partner list</source>
        <translation>产品 %1 的合作征信机构列表已损坏</translation>
    </message>
    <message>
        <source>authorisation %1 names a product &quot;%2&quot;</source>
        <translation>授权 %1 记载的产品“%2”无效</translation>
    </message>
</context>
<context>
    <name>MarketReader</name>
    <message>
        <source>The chain is still being read for the first time. Wait a moment and try again.</source>
        <translation>正在首次读取链上数据，请稍候再试。</translation>
    </message>
</context>
<context>
    <name>MarketViews</name>
    <message>
        <source>%1 output: %2</source>
        <translation>%1 的返回结果：%2</translation>
    </message>
    <message>
        <source>getInstitution output</source>
        <translation>getInstitution 的返回结果</translation>
    </message>
    <message>
        <source>getProduct output</source>
        <translation>getProduct 的返回结果</translation>
    </message>
    <message>
        <source>getOrder output</source>
        <translation>getOrder 的返回结果</translation>
    </message>
    <message>
        <source>getUser output</source>
        <translation>getUser 返回值</translation>
    </message>
    <message>
        <source>getAuthorisation output</source>
        <translation>getAuthorisation 返回值</translation>
    </message>
    <message>
        <source>getOrderParts output: a part is no tuple</source>
        <translation>getOrderParts 返回值：分项不是元组</translation>
    </message>
    <message>
        <source>getOrderParts output</source>
        <translation>getOrderParts 返回值</translation>
    </message>
</context>
<context>
    <name>Merkle</name>
    <message>
        <source>Merkle proof: %1</source>
        <translation>Merkle 证明：%1</translation>
    </message>
    <message>
        <source>level %1 has %2 siblings; a node has at most %3</source>
        <translation>第 %1 层有 %2 个兄弟节点；每个节点最多 %3 个</translation>
    </message>
    <message>
        <source>level %1 has %2 left siblings; index %3 needs %4</source>
        <translation>第 %1 层有 %2 个左侧兄弟节点；序号 %3 需要 %4 个</translation>
    </message>
    <message>
        <source>sibling %1 of level %2 is not a %3 (%4 bytes)</source>
        <translation>第 %2 层的第 %1 个兄弟节点不是有效的%3（实际 %4 字节）</translation>
    </message>
    <message>
        <source>leaf of index %1</source>
        <translation>序号 %1 的叶子节点</translation>
    </message>
    <message>
        <source>32-byte hash</source>
        <translation>32 字节哈希</translation>
    </message>
    <message>
        <source>Merkle proof: no item %1 among %2</source>
        <translation>Merkle 证明：%2 项中没有第 %1 项</translation>
    </message>
    <message>
        <source>negative index %1</source>
        <translation>序号 %1 为负数</translation>
    </message>
    <message>
        <source>the item hash and the root must be 32 bytes</source>
        <translation>数据项哈希和根哈希都必须是 32 字节</translation>
    </message>
    <message>
        <source>%1 levels; a proof has 1 to %2</source>
        <translation>共 %1 层；证明应有 1～%2 层</translation>
    </message>
    <message>
        <source>the last level (the root step) must have no siblings</source>
        <translation>最后一层（计算根的一步）不能有兄弟节点</translation>
    </message>
    <message>
        <source>%1 levels are too few for index %2</source>
        <translation>%1 层不足以覆盖序号 %2</translation>
    </message>
    <message>
        <source>Merkle proof for index %1 leads to root %2, not %3</source>
        <translation>序号 %1 的 Merkle 证明计算出的根为 %2，而不是 %3</translation>
    </message>
</context>
<context>
    <name>MerkleJson</name>
    <message>
        <source>Merkle proof JSON, level %1: %2</source>
        <translation>Merkle 证明 JSON，第 %1 层：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>“%1”必须是数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries; at most %3</source>
        <translation>“%1”有 %2 项；最多 %3 项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; entries must be hex strings</source>
        <translation>“%1”中的各项必须是十六进制字符串</translation>
    </message>
    <message>
        <source>Merkle proof JSON has %1 levels; at most %2</source>
        <translation>Merkle 证明 JSON 有 %1 层；最多 %2 层</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
</context>
<context>
    <name>NetworkProbe</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>NetworkProfile</name>
    <message>
        <source>network profile: &quot;%1&quot; %2</source>
        <translation>网络配置文件：“%1”%2</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a positive integer</source>
        <translation>必须是正整数</translation>
    </message>
    <message>
        <source>must be a hex string</source>
        <translation>必须是十六进制字符串</translation>
    </message>
    <message>
        <source>must be %1 bytes of hex: %2</source>
        <translation>必须是 %1 字节的十六进制数据：%2</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be a non-empty array of URLs</source>
        <translation>必须是非空的 URL 数组</translation>
    </message>
    <message>
        <source>holds &quot;%1&quot;, which is not an http(s) URL</source>
        <translation>包含“%1”，这不是 http(s) 地址</translation>
    </message>
    <message>
        <source>must be an http(s) URL</source>
        <translation>必须是 http(s) 地址</translation>
    </message>
    <message>
        <source>cannot read network profile %1: %2</source>
        <translation>无法读取网络配置文件 %1：%2</translation>
    </message>
    <message>
        <source>network profile %1 is not a JSON object: %2</source>
        <translation>网络配置文件 %1 不是 JSON 对象：%2</translation>
    </message>
</context>
<context>
    <name>OrderDraft</name>
    <message>
        <source>Choose a product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <source>Enter the enterprise&apos;s name.</source>
        <translation>请填写企业名称。</translation>
    </message>
    <message>
        <source>Enter a valid unified social credit code.</source>
        <translation>请填写有效的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Say what the report is for.</source>
        <translation>请填写查询用途。</translation>
    </message>
    <message>
        <source>This product needs the enterprise&apos;s authorisation letter: attach it.</source>
        <translation>该产品需要企业授权书，请上传授权书。</translation>
    </message>
    <message>
        <source>The letter&apos;s validity must start before it ends.</source>
        <translation>授权书的有效期起始日期必须早于截止日期。</translation>
    </message>
    <message>
        <source>The letter has expired: its validity must end in the future.</source>
        <translation>授权书已过期：有效期截止日期必须晚于今天。</translation>
    </message>
    <message>
        <source>Attach the enterprise&apos;s signed authorisation letter.</source>
        <translation>请附上企业签署的授权书。</translation>
    </message>
    <message>
        <source>The letter&apos;s validity has not begun yet: it can be used from %1.</source>
        <translation>授权书尚未生效：自 %1 起方可使用。</translation>
    </message>
</context>
<context>
    <name>OrderEnterprises</name>
    <message>
        <source>No verified block records this order yet.</source>
        <translation>尚无已验证区块记录该订单。</translation>
    </message>
    <message>
        <source>This order carries no request document.</source>
        <translation>该订单没有查询申请文件。</translation>
    </message>
</context>
<context>
    <name>OrderPlacement</name>
    <message>
        <source>The letter&apos;s validity dates are not dates.</source>
        <translation>授权书的有效期不是有效日期。</translation>
    </message>
    <message>
        <source>The authorisation was not recorded: %1</source>
        <translation>授权未登记：%1</translation>
    </message>
    <message>
        <source>The chain refused the authorisation: %1</source>
        <translation>链上拒绝了该授权：%1</translation>
    </message>
    <message>
        <source>The authorisation was recorded, but the order was not placed: %1. Place the order again and choose the recorded authorisation.</source>
        <translation>授权已登记，但订单未提交：%1。请重新下单并选择已登记的授权。</translation>
    </message>
    <message>
        <source>The order was not placed: %1</source>
        <translation>订单未提交：%1</translation>
    </message>
    <message>
        <source>The chain refused the order: %1</source>
        <translation>链上拒绝了该订单：%1</translation>
    </message>
</context>
<context>
    <name>OrderRequest</name>
    <message>
        <source>the order request document is not valid: %1</source>
        <translation>查询申请文件无效：%1</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>type is not %1</source>
        <translation>类型不是 %1</translation>
    </message>
    <message>
        <source>version %1 is not supported</source>
        <translation>不支持版本 %1</translation>
    </message>
    <message>
        <source>orderId and productId must be decimal strings</source>
        <translation>orderId 和 productId 必须是十进制数字字符串</translation>
    </message>
    <message>
        <source>the enterprise&apos;s name and code are required</source>
        <translation>必须填写企业名称和统一社会信用代码</translation>
    </message>
    <message>
        <source>the authorisation letter&apos;s content is not base64</source>
        <translation>授权书内容不是 base64 编码</translation>
    </message>
    <message>
        <source>the authorisation letter does not match its SM3</source>
        <translation>授权书与其 SM3 哈希不符</translation>
    </message>
    <message>
        <source>authorisation must be an object or null</source>
        <translation>authorisation 必须是对象或 null</translation>
    </message>
    <message>
        <source>authorisationRecord must name a decimal id and a hex salt</source>
        <translation>authorisationRecord 须给出十进制编号和十六进制盐值</translation>
    </message>
    <message>
        <source>authorisationRecord must be an object</source>
        <translation>authorisationRecord 须为对象</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>争议中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已调解</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>block %1 · tx %2</source>
        <translation>区块 %1 · 交易 %2</translation>
    </message>
    <message>
        <source>block %1 · tx %2 · sealed by %3 of %4</source>
        <translation>区块 %1 · 交易 %2 · %4 个共识节点中 %3 个签名</translation>
    </message>
</context>
<context>
    <name>PdfAttachment</name>
    <message>
        <source>The structured data cannot be attached to this PDF: %1</source>
        <translation>无法将结构化数据附加到此 PDF：%1</translation>
    </message>
    <message>
        <source>The PDF has no startxref: it is damaged or cut short.</source>
        <translation>该 PDF 缺少 startxref，文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>The PDF&apos;s startxref does not point into the file.</source>
        <translation>该 PDF 的 startxref 指向文件范围之外。</translation>
    </message>
    <message>
        <source>its cross-reference is a stream, not a table.</source>
        <translation>其交叉引用为流格式，而非表格式。</translation>
    </message>
    <message>
        <source>The PDF has no trailer after its cross-reference table.</source>
        <translation>该 PDF 的交叉引用表之后缺少文件尾（trailer）。</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer dictionary cannot be read.</source>
        <translation>无法读取该 PDF 的文件尾字典。</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer names no /Size or /Root.</source>
        <translation>该 PDF 的文件尾未给出 /Size 或 /Root。</translation>
    </message>
    <message>
        <source>it is encrypted.</source>
        <translation>该文件已加密。</translation>
    </message>
    <message>
        <source>The PDF&apos;s catalog is not in its cross-reference table.</source>
        <translation>该 PDF 的目录对象不在交叉引用表中。</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table does not point at its catalog.</source>
        <translation>该 PDF 的交叉引用表未指向其目录对象。</translation>
    </message>
    <message>
        <source>The PDF&apos;s catalog cannot be read.</source>
        <translation>无法读取该 PDF 的目录对象。</translation>
    </message>
    <message>
        <source>it already has named attachments.</source>
        <translation>该文件已有命名附件。</translation>
    </message>
    <message>
        <source>This is not a PDF.</source>
        <translation>这不是 PDF 文件。</translation>
    </message>
    <message>
        <source>An attachment&apos;s name and description must be printable ASCII without parentheses or backslashes.</source>
        <translation>附件名称和说明只能使用可打印的 ASCII 字符，且不得含括号或反斜杠。</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>The report is not a readable PDF document.</source>
        <translation>该报告不是可读取的 PDF 文档。</translation>
    </message>
    <message>
        <source>The report is protected by a password and cannot be shown.</source>
        <translation>该报告受密码保护，无法显示。</translation>
    </message>
    <message>
        <source>The file %1 in the PDF is %2 bytes; at most %3 are read.</source>
        <translation>PDF 中的文件 %1 为 %2 字节，最多读取 %3 字节。</translation>
    </message>
</context>
<context>
    <name>PriceText</name>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
</context>
<context>
    <name>PrivateCopy</name>
    <message>
        <source>the decrypted copy %1 belongs to another key (0x%2); it is left unchanged. Sign in with that key, or remove the file to decrypt the requests again</source>
        <translation>解密副本 %1 属于另一个密钥（0x%2），已保持不变。请用该密钥登录，或删除该文件后重新解密查询申请</translation>
    </message>
    <message>
        <source>the key of the decrypted copy %1 cannot be opened</source>
        <translation>无法打开解密副本 %1 的密钥</translation>
    </message>
    <message>
        <source>the decrypted copy&apos;s row of order %1 is damaged</source>
        <translation>解密副本中订单 %1 的记录已损坏</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>%1: no such row in the store</source>
        <translation>%1：本地存储中没有该记录</translation>
    </message>
    <message>
        <source>event %1 of order %2</source>
        <translation>订单 %2 的事件 %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>listing of product %1</source>
        <translation>产品 %1 的上架</translation>
    </message>
    <message>
        <source>update of product %1</source>
        <translation>产品 %1 的更新</translation>
    </message>
    <message>
        <source>delisting of product %1</source>
        <translation>产品 %1 的下架</translation>
    </message>
    <message>
        <source>placing of order %1</source>
        <translation>订单 %1 的下单</translation>
    </message>
    <message>
        <source>dispute of order %1</source>
        <translation>订单 %1 的异议</translation>
    </message>
    <message>
        <source>%1 is not an order event</source>
        <translation>%1 不是订单事件</translation>
    </message>
    <message>
        <source>opening of user %1</source>
        <translation>用户 %1 的开立</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>authorisation %1</source>
        <translation>授权 %1</translation>
    </message>
    <message>
        <source>use of authorisation %1</source>
        <translation>授权 %1 的使用记录</translation>
    </message>
    <message>
        <source>part of bureau %1 in order %2</source>
        <translation>订单 %2 中机构 %1 的分项报告</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>logs must be an array</source>
        <translation>logs 必须是数组</translation>
    </message>
    <message>
        <source>logs.topics must be an array of at most 4</source>
        <translation>logs.topics 必须是最多 4 项的数组</translation>
    </message>
</context>
<context>
    <name>ReceiptStatus</name>
    <message>
        <source>The contract refused the transaction: %1</source>
        <translation>合约拒绝了该交易：%1</translation>
    </message>
    <message>
        <source>The contract refused the transaction without giving a reason (status 0x16, RevertInstruction).</source>
        <translation>合约拒绝了该交易，未说明原因（状态 0x16，RevertInstruction）。</translation>
    </message>
    <message>
        <source>The transaction failed on the chain with status 0x%1 (%2).</source>
        <translation>交易在链上执行失败，状态为 0x%1（%2）。</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Beijing</source>
        <translation>北京市</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>天津市</translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation>河北省</translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation>山西省</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>内蒙古自治区</translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation>辽宁省</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>吉林省</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>黑龙江省</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海市</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>江苏省</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>浙江省</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>安徽省</translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation>福建省</translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation>江西省</translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation>山东省</translation>
    </message>
    <message>
        <source>Henan</source>
        <translation>河南省</translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation>湖北省</translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation>湖南省</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>广东省</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>广西壮族自治区</translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation>海南省</translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation>重庆市</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>四川省</translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation>贵州省</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>云南省</translation>
    </message>
    <message>
        <source>Tibet</source>
        <translation>西藏自治区</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>陕西省</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>甘肃省</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>青海省</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>宁夏回族自治区</translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation>新疆维吾尔自治区</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾省</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港特别行政区</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳门特别行政区</translation>
    </message>
</context>
<context>
    <name>ReportDataAttachment</name>
    <message>
        <source>The structured data is %1 bytes; at most %2 bytes can travel with a report.</source>
        <translation>结构化数据为 %1 字节，随报告交付的数据最多 %2 字节。</translation>
    </message>
    <message>
        <source>The structured data is not valid JSON (%1 at byte %2).</source>
        <translation>结构化数据不是有效的 JSON（第 %2 字节：%1）。</translation>
    </message>
    <message>
        <source>The structured data is not a report data document.</source>
        <translation>结构化数据不是报告数据文件。</translation>
    </message>
</context>
<context>
    <name>ReportDataErrorText</name>
    <message>
        <source>text in quotes</source>
        <translation>带引号的文本</translation>
    </message>
    <message>
        <source>a whole number without quotes</source>
        <translation>不带引号的整数</translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation>对象 { … }</translation>
    </message>
    <message>
        <source>a list [ … ] (write [] when there are no records)</source>
        <translation>列表 [ … ]（无记录时填写 []）</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>（整个文件）</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1. Export it again from your system.</source>
        <translation>该文件不是有效的 JSON：%1。请从贵机构系统重新导出。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object { … } with the report data.</source>
        <translation>文件内容必须是一个包含报告数据的 JSON 对象 { … }。</translation>
    </message>
    <message>
        <source>This is not a bureau report data file: its type is “%1”, expected “%2”.</source>
        <translation>这不是征信机构报告数据文件：其类型为“%1”，应为“%2”。</translation>
    </message>
    <message>
        <source>Schema version %1 is not supported; this terminal reads version %2.</source>
        <translation>不支持数据格式版本 %1；本终端读取版本 %2。</translation>
    </message>
    <message>
        <source>Missing: this is not a bureau report data file (its type must be “%1”).</source>
        <translation>缺少此项：这不是征信机构报告数据文件（类型必须为“%1”）。</translation>
    </message>
    <message>
        <source>Required but missing.</source>
        <translation>必填项，但缺失。</translation>
    </message>
    <message>
        <source>Must be %1.</source>
        <translation>必须是%1。</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>过长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>Not a field of the report data schema; check its spelling (a misspelt field would be left out of the report).</source>
        <translation>不是报告数据格式中的字段；请检查拼写（拼错的字段会被遗漏在报告之外）。</translation>
    </message>
    <message>
        <source>“%1” is not a valid date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是有效日期；请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <source>“%1” is not a valid month; write it as YYYY-MM.</source>
        <translation>“%1”不是有效月份；请按 YYYY-MM 格式填写。</translation>
    </message>
    <message>
        <source>%1 is after today (%2); a past event cannot be dated in the future.</source>
        <translation>%1 晚于今天（%2）；已发生的事项不能晚于今天。</translation>
    </message>
    <message>
        <source>%1 is before %2.</source>
        <translation>%1 早于 %2。</translation>
    </message>
    <message>
        <source>Must not be negative (found %1).</source>
        <translation>不能为负数（当前为 %1）。</translation>
    </message>
    <message>
        <source>Must be a whole number (found %1); amounts are in whole yuan.</source>
        <translation>必须是整数（当前为 %1）；金额以元为单位取整。</translation>
    </message>
    <message>
        <source>%1 is too large; at most %2.</source>
        <translation>%1 过大；最大为 %2。</translation>
    </message>
    <message>
        <source>%1 is out of range (%2).</source>
        <translation>%1 超出范围（%2）。</translation>
    </message>
    <message>
        <source>“%1” is not allowed; use one of: %2.</source>
        <translation>“%1”不是允许的取值；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a valid unified social credit code: %2</source>
        <translation>“%1”不是有效的统一社会信用代码：%2</translation>
    </message>
    <message>
        <source>The file is for order %1, not for this order (%2).</source>
        <translation>该文件属于订单 %1，而不是本订单（%2）。</translation>
    </message>
    <message>
        <source>“%1” is not the enterprise of this order (“%2”). Export the data of the enterprise the bank asked about.</source>
        <translation>“%1”不是本订单的查询企业（“%2”）。请导出银行所查询企业的数据。</translation>
    </message>
    <message>
        <source>%1 is more than %2.</source>
        <translation>%1 大于 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the order number written as text in quotes, digits only</source>
        <translation>用引号括起的订单编号文本，仅含数字</translation>
    </message>
    <message>
        <source>true or false, without quotes</source>
        <translation>true 或 false（不加引号）</translation>
    </message>
    <message>
        <source>A resolution date (%1) on a record that %2 says is not resolved.</source>
        <translation>%2 表明该记录尚未解决，却填写了解决日期（%1）。</translation>
    </message>
</context>
<context>
    <name>ReportDataSections</name>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Basic information (基本信息)</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered capital (yuan)</source>
        <translation>注册资本（元）</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enterprise type</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <source>Operations (经营信息)</source>
        <translation>经营信息</translation>
    </message>
    <message>
        <source>Revenue band</source>
        <translation>营业收入区间</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Employees with social insurance</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分支机构数</translation>
    </message>
    <message>
        <source>Main business</source>
        <translation>主营业务</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>经营场所</translation>
    </message>
    <message>
        <source>Court cases (司法信息)</source>
        <translation>司法信息</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>诉讼地位</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>审理法院</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Tax ratings (纳税信用)</source>
        <translation>纳税信用等级</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Tax arrears (欠税)</source>
        <translation>欠税信息</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税种</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>欠税起始日</translation>
    </message>
    <message>
        <source>Utility payments (公共事业缴费)</source>
        <translation>公共事业缴费</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Loans (融资信息)</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>授信机构</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>发放日</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>五级分类</translation>
    </message>
    <message>
        <source>Overdue since</source>
        <translation>逾期起始日</translation>
    </message>
    <message>
        <source>Guarantees given (对外担保)</source>
        <translation>对外担保</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>被担保人</translation>
    </message>
    <message>
        <source>Called on</source>
        <translation>代偿日</translation>
    </message>
    <message>
        <source>Risk warnings (风险提示)</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示内容</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录序号</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>ReportDelivery</name>
    <message>
        <source>the document store named the report %1, not its hash %2</source>
        <translation>文档存储将报告命名为 %1，而不是其哈希 %2</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>No font for Simplified Chinese is installed, so the report cannot be set. Install one (on Debian and Ubuntu: the fonts-noto-cjk package) and try again.</source>
        <translation>未安装简体中文字体，无法排版生成报告。请安装一种简体中文字体（Debian 和 Ubuntu 上为 fonts-noto-cjk 软件包）后重试。</translation>
    </message>
</context>
<context>
    <name>ReportPrintJob</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>The printer did not accept a new page.</source>
        <translation>打印机不接受新的页面。</translation>
    </message>
    <message>
        <source>Page %1 could not be rendered.</source>
        <translation>第 %1 页无法渲染。</translation>
    </message>
    <message>
        <source>The printer could not finish the job.</source>
        <translation>打印机无法完成此打印任务。</translation>
    </message>
</context>
<context>
    <name>ReportSource</name>
    <message>
        <source>The report is %1 MB; at most %2 MB can be delivered. Reduce image resolution or split the report, then attach it again.</source>
        <translation>报告大小为 %1 MB，最多只能交付 %2 MB。请降低图片分辨率或拆分报告后重新添加。</translation>
    </message>
    <message>
        <source>This file is not a PDF. Export the report as PDF and attach that.</source>
        <translation>该文件不是 PDF。请将报告导出为 PDF 后再添加。</translation>
    </message>
    <message>
        <source>The PDF cannot be opened (%1). It may be damaged or encrypted: export it again without a password.</source>
        <translation>无法打开该 PDF（%1）。文件可能已损坏或已加密：请不设密码重新导出。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>该 PDF 没有页面。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a report data file may be at most %3 MB. Is it the right file?</source>
        <translation>%1 大小为 %2 MB；报告数据文件最大为 %3 MB。请确认是否选错了文件。</translation>
    </message>
    <message>
        <source>Sample data exists only on the demo network. Import the bureau&apos;s data for this enterprise or attach the report PDF.</source>
        <translation>样例数据仅在演示网络中提供。请导入本机构关于该企业的数据，或添加报告 PDF。</translation>
    </message>
    <message>
        <source>Sample data cannot be delivered as the bureau&apos;s data.</source>
        <translation>样例数据不能作为本机构数据交付。</translation>
    </message>
    <message>
        <source>Sample data exists only on the demo network. Import the bureau&apos;s data for this enterprise.</source>
        <translation>样例数据仅在演示网络上提供。请导入本机构关于该企业的数据。</translation>
    </message>
    <message>
        <source>The part from %1 is not valid report data: %2</source>
        <translation>%1 交付的分项报告不是有效的报告数据：%2</translation>
    </message>
    <message>
        <source>The part from %1 is about the enterprise with credit code %2, not %3 of this order: refused.</source>
        <translation>%1 交付的分项报告针对统一社会信用代码为 %2 的企业，而非本订单的 %3：已拒绝。</translation>
    </message>
</context>
<context>
    <name>RequestDecryption</name>
    <message>
        <source>the request of order %1 names order %2</source>
        <translation>订单 %1 的查询申请写的是订单 %2</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
</context>
<context>
    <name>RequestFacts</name>
    <message>
        <source>a row of the supervision copy is not readable</source>
        <translation>监管副本中有一条记录无法读取</translation>
    </message>
</context>
<context>
    <name>RlpDecode</name>
    <message>
        <source>RLP item at offset %1: %2</source>
        <translation>偏移 %1 处的 RLP 数据项：%2</translation>
    </message>
    <message>
        <source>declares %1 bytes but only %2 remain</source>
        <translation>声明长度为 %1 字节，但只剩 %2 字节</translation>
    </message>
    <message>
        <source>a single byte below 0x80 must be encoded as itself</source>
        <translation>小于 0x80 的单个字节必须直接编码为其本身</translation>
    </message>
    <message>
        <source>the %1-byte length field runs past the end</source>
        <translation>%1 字节的长度字段超出了数据末尾</translation>
    </message>
    <message>
        <source>the length field has leading zero bytes</source>
        <translation>长度字段有前导零字节</translation>
    </message>
    <message>
        <source>length %1 must use the one-byte short form</source>
        <translation>长度 %1 必须使用单字节短格式</translation>
    </message>
    <message>
        <source>length %1 overflows</source>
        <translation>长度 %1 溢出</translation>
    </message>
    <message>
        <source>lists are nested deeper than %1 levels</source>
        <translation>列表嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>RLP input is empty</source>
        <translation>RLP 输入为空</translation>
    </message>
    <message>
        <source>RLP input has %1 trailing bytes after the item ending at offset %2</source>
        <translation>RLP 输入在偏移 %2 处的数据项结束后还多出 %1 字节</translation>
    </message>
    <message>
        <source>RLP integer expected, got a list</source>
        <translation>应为 RLP 整数，实际为列表</translation>
    </message>
    <message>
        <source>RLP integer of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>RLP 整数长 %1 字节，超过了 %2 字节的上限</translation>
    </message>
    <message>
        <source>RLP integer has leading zero bytes</source>
        <translation>RLP 整数有前导零字节</translation>
    </message>
    <message>
        <source>RLP list expected, got a byte string</source>
        <translation>应为 RLP 列表，实际为字节串</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Inquiring institution</source>
        <translation>查询机构</translation>
    </message>
    <message>
        <source>Credit bureau</source>
        <translation>征信机构</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <source>Mediation organisation</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>Chain operator</source>
        <translation>运营方</translation>
    </message>
</context>
<context>
    <name>RolePages</name>
    <message>
        <source>Product catalogue</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>我的订单</translation>
    </message>
    <message>
        <source>My products</source>
        <translation>我的产品</translation>
    </message>
    <message>
        <source>Order inbox</source>
        <translation>订单收件箱</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>监管看板</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>纠纷案件</translation>
    </message>
    <message>
        <source>Trace an order</source>
        <translation>订单追溯</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>机构管理</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常监测</translation>
    </message>
    <message>
        <source>Sealers</source>
        <translation>共识节点</translation>
    </message>
    <message>
        <source>Network health</source>
        <translation>网络状态</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Authorisations</source>
        <translation>授权管理</translation>
    </message>
</context>
<context>
    <name>RpcClient</name>
    <message>
        <source>not an http:// or https:// URL with a host</source>
        <translation>不是带主机名的 http:// 或 https:// 地址</translation>
    </message>
</context>
<context>
    <name>RpcError</name>
    <message>
        <source>the node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2). Check that the node is running and that the endpoint URL and port are right.</source>
        <translation>无法连接到 %1（%2）。请检查节点是否在运行，以及节点地址和端口是否正确。</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). The node may be busy or the network slow; try again, or raise the request timeout.</source>
        <translation>%1 未在规定时间内应答（%2）。节点可能繁忙或网络较慢；请重试，或调高请求超时时间。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the CA file and the pinned key in the network settings.</source>
        <translation>与 %1 的安全连接失败（%2）。请检查网络设置中的 CA 证书文件和固定公钥。</translation>
    </message>
    <message>
        <source>%1 sent a reply larger than the terminal accepts (%2). Check that the URL points at a FISCO BCOS node, or ask for less at a time.</source>
        <translation>%1 返回的应答超出了终端可接受的大小（%2）。请检查该地址是否指向 FISCO BCOS 节点，或减少每次请求的数据量。</translation>
    </message>
    <message>
        <source>The endpoint URL %1 cannot be used (%2). Enter an http:// or https:// URL in the network settings.</source>
        <translation>节点地址 %1 无法使用（%2）。请在网络设置中填写 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The connection to %1 broke off (%2). Try again; if it keeps happening, check the network and any proxy in between.</source>
        <translation>与 %1 的连接中断（%2）。请重试；如反复出现，请检查网络及中间的代理服务器。</translation>
    </message>
    <message>
        <source>%1 does not know the method %2. Check that the endpoint is a FISCO BCOS 2.x node.</source>
        <translation>%1 不支持方法 %2。请确认该地址是 FISCO BCOS 2.x 节点。</translation>
    </message>
    <message>
        <source>%1 refused the parameters of %2: %3</source>
        <translation>%1 拒绝了 %2 的参数：%3</translation>
    </message>
    <message>
        <source>%1 does not have that block yet (%2).</source>
        <translation>%1 上尚无该区块（%2）。</translation>
    </message>
    <message>
        <source>%1 refused %2: %3 (JSON-RPC error %4).</source>
        <translation>%1 拒绝了 %2：%3（JSON-RPC 错误 %4）。</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2 instead of a JSON-RPC reply. Check that the URL points at the node&apos;s RPC port or the operator&apos;s proxy.</source>
        <translation>%1 返回了 HTTP 状态码 %2，而不是 JSON-RPC 应答。请检查该地址是否指向节点的 RPC 端口或运营方的代理服务器。</translation>
    </message>
    <message>
        <source>%1 sent a reply that is not valid JSON-RPC (%2). Check that the URL points at a FISCO BCOS node&apos;s RPC port.</source>
        <translation>%1 返回的应答不是有效的 JSON-RPC 应答（%2）。请检查该地址是否指向 FISCO BCOS 节点的 RPC 端口。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>SealedUpload</name>
    <message>
        <source>Sealing the document failed: %1</source>
        <translation>文件加密失败：%1</translation>
    </message>
    <message>
        <source>The chain refused it: %1</source>
        <translation>链上拒绝：%1</translation>
    </message>
    <message>
        <source>The document store did not take the document: %1. Check the network connection and submit again.</source>
        <translation>文件存储服务未接收该文件：%1。请检查网络连接后重新提交。</translation>
    </message>
    <message>
        <source>The document store named the document wrongly; nothing was sent.</source>
        <translation>文件存储服务返回的文件标识有误，未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>SealerChangeGuard</name>
    <message>
        <source>The change would leave the chain without sealers: no block could ever be sealed again. Keep at least one sealer.</source>
        <translation>变更后链上将没有共识节点，再也无法出块。请至少保留一个共识节点。</translation>
    </message>
    <message>
        <source>The proposed sealer list names the same node twice.</source>
        <translation>拟定的共识节点列表中同一节点出现了两次。</translation>
    </message>
    <message>
        <source>The proposed sealer list is the one in force: there is nothing to change.</source>
        <translation>拟定的共识节点列表与现行列表相同，无需变更。</translation>
    </message>
    <message>
        <source>Refused: today %1 sealers need %2 signatures for a block, but the change keeps only %3 of them. The block that brings in the new list could not be signed by enough of today&apos;s sealers, so the chain and every light node verifying it would stop there. Change fewer sealers at a time: remove at most %4 now.</source>
        <translation>已拒绝：现有 %1 个共识节点，每个区块需要 %2 个签名，但变更后只保留其中 %3 个。启用新列表的区块无法获得足够的现有共识节点签名，链以及验证它的所有轻节点都会停在该区块。请分批变更：本次最多移除 %4 个。</translation>
    </message>
    <message>
        <source>After the change %1 sealers need %2 signatures for a block, and only %3 of them seal today. The chain goes on only if the new sealers are running and in sync before the change is applied.</source>
        <translation>变更后有 %1 个共识节点，每个区块需要 %2 个签名，而其中只有 %3 个目前在出块。只有新共识节点在变更生效前已运行并完成同步，链才能继续出块。</translation>
    </message>
</context>
<context>
    <name>SigningConfirmation</name>
    <message>
        <source>Sign and send</source>
        <translation>签名并发送</translation>
    </message>
</context>
<context>
    <name>Sm2CipherFormat</name>
    <message>
        <source>not a GM/T 0009 SM2 ciphertext (DER)</source>
        <translation>不是 GM/T 0009 格式的 SM2 密文（DER）</translation>
    </message>
    <message>
        <source>SM2 ciphertext hash (C3) must be 32 bytes</source>
        <translation>SM2 密文的杂凑值（C3）必须是 32 字节</translation>
    </message>
    <message>
        <source>SM2 ciphertext point C1 does not fit 32-byte coordinates</source>
        <translation>SM2 密文的点 C1 坐标超出 32 字节</translation>
    </message>
    <message>
        <source>raw SM2 ciphertext is too short for C1 ‖ C3 ‖ C2</source>
        <translation>SM2 原始密文长度不足以包含 C1 ‖ C3 ‖ C2</translation>
    </message>
    <message>
        <source>raw SM2 ciphertext must start with 04 (uncompressed C1)</source>
        <translation>SM2 原始密文必须以 04 开头（未压缩的 C1）</translation>
    </message>
    <message>
        <source>cannot encode the SM2 ciphertext</source>
        <translation>无法编码 SM2 密文</translation>
    </message>
</context>
<context>
    <name>Sm2Key</name>
    <message>
        <source>cannot build SM2 key parameters</source>
        <translation>无法构造 SM2 密钥参数</translation>
    </message>
    <message>
        <source>OpenSSL refused the SM2 key</source>
        <translation>OpenSSL 拒绝了该 SM2 密钥</translation>
    </message>
    <message>
        <source>the key has no private part</source>
        <translation>该密钥没有私钥部分</translation>
    </message>
    <message>
        <source>an SM2 public key is 64 bytes (x ‖ y), got %1</source>
        <translation>SM2 公钥应为 64 字节（x ‖ y），实际为 %1 字节</translation>
    </message>
    <message>
        <source>an uncompressed SM2 public key is 04 ‖ x ‖ y (65 bytes)</source>
        <translation>未压缩的 SM2 公钥应为 04 ‖ x ‖ y（65 字节）</translation>
    </message>
    <message>
        <source>the public key is not a point on the SM2 curve</source>
        <translation>该公钥不是 SM2 曲线上的点</translation>
    </message>
    <message>
        <source>no public key to encrypt to</source>
        <translation>没有用于加密的公钥</translation>
    </message>
    <message>
        <source>SM2 encryption failed</source>
        <translation>SM2 加密失败</translation>
    </message>
    <message>
        <source>SM2 group order unavailable</source>
        <translation>无法获取 SM2 曲线的阶</translation>
    </message>
    <message>
        <source>the private key is outside the SM2 range [1, n−2]</source>
        <translation>私钥超出 SM2 的取值范围 [1, n−2]</translation>
    </message>
    <message>
        <source>cannot derive the SM2 public key</source>
        <translation>无法推导出 SM2 公钥</translation>
    </message>
    <message>
        <source>SM2 key generation failed</source>
        <translation>SM2 密钥生成失败</translation>
    </message>
    <message>
        <source>an SM2 private key is 32 bytes, got %1</source>
        <translation>SM2 私钥应为 32 字节，实际为 %1 字节</translation>
    </message>
    <message>
        <source>cannot load the private key</source>
        <translation>无法载入私钥</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>没有密钥</translation>
    </message>
    <message>
        <source>the key is an EC key on curve %1, not an SM2 key</source>
        <translation>该密钥是 %1 曲线上的 EC 密钥，不是 SM2 密钥</translation>
    </message>
    <message>
        <source>the key is not an SM2 key</source>
        <translation>该密钥不是 SM2 密钥</translation>
    </message>
    <message>
        <source>the SM2 key has no public point</source>
        <translation>该 SM2 密钥没有公钥点</translation>
    </message>
    <message>
        <source>no private key to sign with</source>
        <translation>没有用于签名的私钥</translation>
    </message>
    <message>
        <source>SM2 signing failed</source>
        <translation>SM2 签名失败</translation>
    </message>
    <message>
        <source>no private key to decrypt with</source>
        <translation>没有用于解密的私钥</translation>
    </message>
    <message>
        <source>SM2 ciphertext is malformed</source>
        <translation>SM2 密文格式错误</translation>
    </message>
    <message>
        <source>SM2 decryption failed: not encrypted to this key, or tampered with</source>
        <translation>SM2 解密失败：密文不是用该密钥加密的，或已被篡改</translation>
    </message>
</context>
<context>
    <name>Sm2Signature</name>
    <message>
        <source>an SM2 signature r ‖ s is 64 bytes, got %1</source>
        <translation>SM2 签名 r ‖ s 应为 64 字节，实际为 %1 字节</translation>
    </message>
    <message>
        <source>cannot encode the signature</source>
        <translation>无法编码该签名</translation>
    </message>
    <message>
        <source>the signature is not a DER SEQUENCE of two INTEGERs</source>
        <translation>该签名不是由两个 INTEGER 组成的 DER SEQUENCE</translation>
    </message>
    <message>
        <source>the signature&apos;s r or s does not fit 32 bytes</source>
        <translation>签名的 r 或 s 超出 32 字节</translation>
    </message>
    <message>
        <source>a FISCO 国密 signature is r ‖ s ‖ pub (128 bytes), got %1</source>
        <translation>FISCO 国密签名应为 r ‖ s ‖ pub（128 字节），实际为 %1 字节</translation>
    </message>
</context>
<context>
    <name>Sm4</name>
    <message>
        <source>SM4 key must be 16 bytes, got %1</source>
        <translation>SM4 密钥必须是 16 字节，实际为 %1 字节</translation>
    </message>
    <message>
        <source>SM4 IV must be 16 bytes, got %1</source>
        <translation>SM4 初始向量（IV）必须是 16 字节，实际为 %1 字节</translation>
    </message>
    <message>
        <source>input too large for one SM4 call</source>
        <translation>输入数据过大，无法一次完成 SM4 运算</translation>
    </message>
    <message>
        <source>SM4 initialisation failed</source>
        <translation>SM4 初始化失败</translation>
    </message>
    <message>
        <source>SM4 failed</source>
        <translation>SM4 运算失败</translation>
    </message>
    <message>
        <source>SM4 input is not a whole number of blocks</source>
        <translation>SM4 输入长度不是分组长度的整数倍</translation>
    </message>
    <message>
        <source>SM4 decryption failed: wrong key or corrupted data</source>
        <translation>SM4 解密失败：密钥错误或数据已损坏</translation>
    </message>
</context>
<context>
    <name>Sqlite</name>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>cannot prepare &quot;%1&quot;</source>
        <translation>无法准备 SQL 语句“%1”</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>数据库错误</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>无订单</translation>
    </message>
    <message>
        <source>Supervision statistics report</source>
        <translation>监管统计报告</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Orders per month, by their state now</source>
        <translation>每月订单（按当前状态）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>A statistics report can only be set inside the graphical application (it needs its fonts).</source>
        <translation>统计报告只能在图形界面程序中生成（需要其字体）。</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>Head block %1 hash: %2</source>
        <translation>最新区块 %1 的哈希：%2</translation>
    </message>
    <message>
        <source>Generated %1 (China time). Any figure can be recomputed from the blocks %2–%3 of the chain whose block %3 has the hash above.</source>
        <translation>生成于 %1（北京时间）。任一数据均可根据该链第 %2–%3 号区块重新计算，其中第 %3 号区块的哈希如上。</translation>
    </message>
    <message>
        <source>The statistics report could not be written: the PDF output failed.</source>
        <translation>无法写入统计报告：PDF 输出失败。</translation>
    </message>
</context>
<context>
    <name>StoreLookups</name>
    <message>
        <source>institution %1 has no usable public key on chain: %2</source>
        <translation>机构 %1 在链上没有可用的公钥：%2</translation>
    </message>
    <message>
        <source>institution %1 is not registered in any verified block</source>
        <translation>任何已验证的区块中都没有机构 %1 的登记记录</translation>
    </message>
</context>
<context>
    <name>SupervisionText</name>
    <message>
        <source>Computed at blocks %1–%2, head %3, %4 orders (%5 decrypted)</source>
        <translation>统计基于区块 %1–%2，最新区块哈希 %3，共 %4 笔订单（已解密 %5 笔）</translation>
    </message>
    <message>
        <source>Without a valid authorisation letter</source>
        <translation>无有效授权书</translation>
    </message>
    <message>
        <source>Repeated queries</source>
        <translation>重复查询</translation>
    </message>
    <message>
        <source>Delivery deadline missed</source>
        <translation>逾期交付</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>无订单</translation>
    </message>
    <message numerus="yes">
        <source>median %1 · p90 %2 (%n order(s))</source>
        <translation>
            <numerusform>中位数 %1 · 90分位 %2（%n 笔订单）</numerusform>
        </translation>
    </message>
    <message>
        <source>Authorisation used repeatedly</source>
        <translation>授权重复使用</translation>
    </message>
    <message>
        <source>Authorisation revoked soon after use</source>
        <translation>授权使用后不久即被撤销</translation>
    </message>
</context>
<context>
    <name>SupervisionTexts</name>
    <message>
        <source>Not decrypted</source>
        <translation>未解密</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需授权</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>尚未生效</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>block %1, transaction %2, log %3: %4</source>
        <translation>区块 %1，交易 %2，日志 %3：%4</translation>
    </message>
    <message>
        <source>this store follows the chain with genesis %1, the profile %2</source>
        <translation>该本地存储跟随的是创世区块为 %1 的链，而网络配置文件为 %2</translation>
    </message>
    <message>
        <source>fetching block 0</source>
        <translation>获取区块 0</translation>
    </message>
    <message>
        <source>the node&apos;s genesis block hashes to %1, the network profile trusts %2 — this node serves another chain</source>
        <translation>节点的创世区块哈希为 %1，而网络配置文件信任的是 %2——该节点服务的是另一条链</translation>
    </message>
    <message>
        <source>block %1 was not checked</source>
        <translation>区块 %1 未经验证</translation>
    </message>
    <message>
        <source>asking the head</source>
        <translation>查询最新区块高度</translation>
    </message>
    <message>
        <source>sync cancelled at block %1</source>
        <translation>同步在区块 %1 处取消</translation>
    </message>
</context>
<context>
    <name>SyncLoop</name>
    <message>
        <source>sync cancelled</source>
        <translation>同步已取消</translation>
    </message>
    <message>
        <source>Two endpoints serve different blocks at height %1 and both carry a valid sealer quorum: %2 serves %3, the stored block is %4%5. The chain has forked or its sealers signed twice; syncing has stopped so that neither version is chosen silently. Report this to the network operator with both hashes.</source>
        <translation>两个节点在高度 %1 返回了不同的区块，且都带有足够数量的有效共识节点签名：%2 返回的是 %3，已存储的区块是 %4%5。链已分叉，或共识节点重复签名；同步已停止，以免在不知情的情况下选用其中任一版本。请将这两个哈希报告给网络运营方。</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation>（来自 %1）</translation>
    </message>
    <message>
        <source>%1 served block %2, which breaks the rule %3. The endpoint is quarantined for this session and nothing it served was stored; syncing continues from the other endpoints. Report this to the endpoint&apos;s operator.</source>
        <translation>%1 返回的区块 %2 违反了规则 %3。本次会话中已隔离该节点，其返回的数据均未保存；同步将继续通过其他节点进行。请将此情况报告给该节点的运营方。</translation>
    </message>
    <message>
        <source>no endpoint served a verifiable chain — %1</source>
        <translation>没有任何节点返回可验证的链数据——%1</translation>
    </message>
    <message>
        <source>every endpoint is quarantined or paused</source>
        <translation>所有节点均已被隔离或暂停</translation>
    </message>
    <message>
        <source>a different genesis block</source>
        <translation>创世区块不同</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>invalid transaction: %1</source>
        <translation>无效的交易：%1</translation>
    </message>
    <message>
        <source>%1 bytes exceeds the 1 MiB limit</source>
        <translation>%1 字节，超过了 1 MiB 的上限</translation>
    </message>
    <message>
        <source>expected a list of 13 fields</source>
        <translation>应为包含 13 个字段的列表</translation>
    </message>
    <message>
        <source>a field is a list, not a byte string</source>
        <translation>有一个字段是列表，而不是字节串</translation>
    </message>
    <message>
        <source>&apos;to&apos; is %1 bytes; an address is 20</source>
        <translation>“to”为 %1 字节；地址应为 20 字节</translation>
    </message>
    <message>
        <source>public key is %1 bytes; 国密 transactions carry at most 64</source>
        <translation>公钥为 %1 字节；国密交易最多携带 64 字节</translation>
    </message>
    <message>
        <source>&apos;to&apos; must be a 20-byte address</source>
        <translation>“to”必须是 20 字节的地址</translation>
    </message>
</context>
<context>
    <name>TransactionSender</name>
    <message>
        <source>%1 The transaction may still have reached the node: look up %2 before sending it again.</source>
        <translation>%1 该交易可能仍已送达节点：重新发送前请先查询 %2。</translation>
    </message>
    <message>
        <source>The node reports hash %1 for a transaction whose hash is %2: it does not hash the 国密 (SM3) way or altered the transaction. Do not use this endpoint.</source>
        <translation>节点报告的交易哈希为 %1，而该交易的哈希应为 %2：该节点未按国密（SM3）方式计算哈希，或篡改了交易。请勿使用该节点。</translation>
    </message>
    <message>
        <source>No receipt for transaction %1 after %2 s. It may still be committed: look it up by its hash before sending it again.</source>
        <translation>等待 %2 秒后仍未收到交易 %1 的回执。该交易仍可能上链：重新发送前请先按交易哈希查询。</translation>
    </message>
    <message>
        <source>The receipt of transaction %1 is malformed (%2).</source>
        <translation>交易 %1 的回执格式错误（%2）。</translation>
    </message>
    <message>
        <source>it belongs to %1</source>
        <translation>它属于 %1</translation>
    </message>
    <message>
        <source>%1 (transaction %2, block %3)</source>
        <translation>%1（交易 %2，区块 %3）</translation>
    </message>
</context>
<context>
    <name>Uscc</name>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，此代码为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not allowed: a unified social credit code uses only the digits 0-9 and the capital letters A-H, J-N, P-R, T, U, W, X and Y.</source>
        <translation>第 %1 位字符（“%2”）不允许使用：统一社会信用代码只能包含数字 0-9 和大写字母 A-H、J-N、P-R、T、U、W、X、Y。</translation>
    </message>
    <message>
        <source>The first character, &apos;%1&apos;, is not a registration authority code (1-9, A, N or Y).</source>
        <translation>第 1 位字符“%1”不是有效的登记管理部门代码（1-9、A、N 或 Y）。</translation>
    </message>
    <message>
        <source>The check character (character 18) should be &apos;%1&apos; but is &apos;%2&apos;: the code is mistyped.</source>
        <translation>校验码（第 18 位）应为“%1”，实际为“%2”：代码录入有误。</translation>
    </message>
    <message>
        <source>The organisation code in characters 9 to 17 is inconsistent: character 17 should be &apos;%1&apos; but is &apos;%2&apos;.</source>
        <translation>第 9 至 17 位的组织机构代码不一致：第 17 位应为“%1”，实际为“%2”。</translation>
    </message>
</context>
<context>
    <name>UserCsvImport</name>
    <message>
        <source>The file is larger than 1 MiB. Split the list into several files and import them one after the other.</source>
        <translation>文件超过 1 MiB。请将名单拆分为几个文件，逐个导入。</translation>
    </message>
    <message>
        <source>Row %1 is not valid CSV: a quotation mark is not closed, or text follows a closing one. Correct that row in the spreadsheet and save the file again.</source>
        <translation>第 %1 行不是有效的 CSV：引号未闭合，或闭合引号后还有文字。请在电子表格中改正该行并重新保存。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The first row must name the columns: name,public_key (or 姓名,公钥).</source>
        <translation>第一行须为列名：姓名,公钥（或 name,public_key）。</translation>
    </message>
    <message>
        <source>The file names the columns but lists no users.</source>
        <translation>文件只有列名，没有用户。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>The public key is not 128 hex digits (or 130 starting with 04).</source>
        <translation>公钥不是 128 位十六进制数（或以 04 开头的 130 位）。</translation>
    </message>
    <message>
        <source>Same key as row %1.</source>
        <translation>与第 %1 行公钥相同。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. In the spreadsheet, save it as “CSV UTF-8 (comma delimited)” and import that file.</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030 文本。请在电子表格中另存为“CSV UTF-8（逗号分隔）”，再导入该文件。</translation>
    </message>
</context>
<context>
    <name>credit::desk::ChainAuthorisationDesk</name>
    <message>
        <source>Authorisation %1 is not one of your bank&apos;s verified authorisations.</source>
        <translation>授权 %1 不是本行已验证的授权。</translation>
    </message>
    <message>
        <source>No free authorisation id was found. Try again in a second.</source>
        <translation>未找到可用的授权编号，请稍后重试。</translation>
    </message>
    <message>
        <source>Say why the authorisation is revoked.</source>
        <translation>请填写撤销授权的原因。</translation>
    </message>
    <message>
        <source>A transaction for authorisation %1 is still pending; wait for it to be confirmed.</source>
        <translation>授权 %1 仍有交易待确认，请等待确认后再操作。</translation>
    </message>
</context>
<context>
    <name>credit::desk::ChainBankDesk</name>
    <message>
        <source>No free order id was found. Try again in a second.</source>
        <translation>未能生成可用的订单号，请稍后再试。</translation>
    </message>
    <message>
        <source>Block %1 records the order as failed. Check the product and place it again.</source>
        <translation>区块 %1 记录该订单执行失败。请检查产品后重新下单。</translation>
    </message>
    <message>
        <source>No verified block records a report for order %1.</source>
        <translation>尚无已验证的区块记录订单 %1 的报告。</translation>
    </message>
    <message>
        <source>The report could not be opened: %1</source>
        <translation>报告无法打开：%1</translation>
    </message>
    <message>
        <source>The decrypted report does not match the hash the bureau recorded on chain. Do not rely on it; raise a dispute.</source>
        <translation>解密后的报告与征信机构上链的哈希不一致。请勿使用该报告，并发起异议。</translation>
    </message>
    <message>
        <source>A transaction for order %1 is still pending; wait for it to be confirmed.</source>
        <translation>订单 %1 还有一笔交易待确认，请等待确认后再操作。</translation>
    </message>
    <message>
        <source>Order %1 is not one of your bank&apos;s verified orders.</source>
        <translation>订单 %1 不是本行已验证的订单。</translation>
    </message>
</context>
<context>
    <name>credit::desk::ChainBureauDesk</name>
    <message>
        <source>A transaction for this order is still pending; wait for it to be confirmed.</source>
        <translation>该订单还有一笔交易待确认，请等待确认后再操作。</translation>
    </message>
    <message>
        <source>Order %1 is not in the verified store.</source>
        <translation>已验证的本地数据中没有订单 %1。</translation>
    </message>
    <message>
        <source>This order carries no request document.</source>
        <translation>该订单没有查询申请文件。</translation>
    </message>
    <message>
        <source>The request document cannot be opened: %1</source>
        <translation>查询申请文件无法打开：%1</translation>
    </message>
    <message>
        <source>The request document is not valid: %1</source>
        <translation>查询申请文件无效：%1</translation>
    </message>
    <message>
        <source>The node named the request of order %1 for order %2: refused. Try another endpoint.</source>
        <translation>节点把订单 %1 的查询申请当作订单 %2 的返回：已拒绝。请换一个节点再试。</translation>
    </message>
    <message>
        <source>The part from %1 cannot be opened: %2</source>
        <translation>%1 交付的分项报告无法打开：%2</translation>
    </message>
    <message>
        <source>The part from %1 does not match the hash its bureau anchored on chain: refused. Try another endpoint.</source>
        <translation>%1 交付的分项报告与该机构上链的哈希不符：已拒绝。请换一个节点再试。</translation>
    </message>
</context>
<context>
    <name>credit::desk::DeskSession</name>
    <message>
        <source>The network profile names no endpoint.</source>
        <translation>网络配置中没有任何节点地址。</translation>
    </message>
    <message>
        <source>The session was locked before this could be sent.</source>
        <translation>发送之前会话已锁定，未发送。</translation>
    </message>
</context>
<context>
    <name>credit::ui::AboutDialog</name>
    <message>
        <source>About CreditChain Terminal</source>
        <translation>关于征信链终端</translation>
    </message>
    <message>
        <source>&lt;b&gt;CreditChain Terminal&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;征信链终端&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The terminal&apos;s own source code is licensed under the Apache License 2.0. The program as distributed links Poppler, which is licensed under the GNU GPL version 2 or later, and Qt Charts, which is licensed under the GNU GPL version 3; Apache-2.0 code may be combined with GPL version 3 only, so the distributed program as a whole is licensed under the GNU General Public License version 3.</source>
        <translation>本终端自身的源代码采用 Apache License 2.0 许可。发行的程序链接了 Poppler（采用 GNU GPL 第 2 版或更高版本许可）和 Qt Charts（采用 GNU GPL 第 3 版许可）；Apache-2.0 代码只能与 GPL 第 3 版结合，因此发行的程序整体采用 GNU 通用公共许可证第 3 版（GPL-3.0）。</translation>
    </message>
</context>
<context>
    <name>credit::ui::AnomaliesModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Latest order (China time)</source>
        <translation>最近订单（北京时间）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
</context>
<context>
    <name>credit::ui::AnomaliesPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Rules and thresholds…</source>
        <translation>规则与阈值…</translation>
    </message>
    <message>
        <source>Double-click a hit to list its orders.</source>
        <translation>双击一条异常查看相应订单。</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>every order on the chain</source>
        <translation>链上全部订单</translation>
    </message>
    <message>
        <source>Applying the rules…</source>
        <translation>正在执行规则…</translation>
    </message>
    <message>
        <source>The rules could not be applied: %1</source>
        <translation>无法执行规则：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>credit::ui::AnomalySettingsDialog</name>
    <message>
        <source>Orders without a valid authorisation letter</source>
        <translation>无有效授权书的订单</translation>
    </message>
    <message>
        <source>Repeated queries of one enterprise by one bank</source>
        <translation>同一银行重复查询同一企业</translation>
    </message>
    <message>
        <source>Reports delivered late or overdue</source>
        <translation>报告逾期交付或已逾期</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Rules and thresholds</source>
        <translation>规则与阈值</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> 笔</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>A bank querying one enterprise within</source>
        <translation>同一银行查询同一企业的时间窗口</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <source>Working hours from (China time)</source>
        <translation>工作时间 从（北京时间）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Weekends are outside working hours. The figures and the hits are recomputed with these settings.</source>
        <translation>周末不属于工作时间。统计数据和异常结果将按这些设置重新计算。</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>工作时间的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>One recorded authorisation used by many orders</source>
        <translation>同一授权被多笔订单使用</translation>
    </message>
    <message>
        <source>Orders whose authorisation was revoked soon after</source>
        <translation>下单后不久授权即被撤销的订单</translation>
    </message>
    <message>
        <source>Used within</source>
        <translation>使用期间</translation>
    </message>
    <message>
        <source>by more than</source>
        <translation>订单数超过</translation>
    </message>
    <message>
        <source>Revoked within (after the order)</source>
        <translation>撤销时间（下单后）不超过</translation>
    </message>
</context>
<context>
    <name>credit::ui::AuthorisationLetterView</name>
    <message>
        <source>No authorisation letter.</source>
        <translation>无授权书。</translation>
    </message>
    <message>
        <source>The order carries no authorisation letter.</source>
        <translation>该订单未附授权书。</translation>
    </message>
    <message>
        <source>%1 (%2), valid from %3 to %4.</source>
        <translation>%1（%2），有效期自 %3 至 %4。</translation>
    </message>
    <message>
        <source>Expired: the authorisation no longer covers this order; reject it.</source>
        <translation>已过期：该授权已不再覆盖此订单，请拒绝。</translation>
    </message>
    <message>
        <source>Not yet valid.</source>
        <translation>尚未生效。</translation>
    </message>
    <message>
        <source>The letter claims to be a PDF but cannot be read.</source>
        <translation>授权书声称为 PDF，但无法读取。</translation>
    </message>
    <message>
        <source>The letter claims to be an image but cannot be read.</source>
        <translation>授权书声称为图片，但无法读取。</translation>
    </message>
    <message>
        <source>Letters of type %1 cannot be shown here.</source>
        <translation>无法在此显示类型为 %1 的授权书。</translation>
    </message>
</context>
<context>
    <name>credit::ui::AuthorisationsModel</name>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>未生效</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>%1 (sending…)</source>
        <translation>%1（提交中…）</translation>
    </message>
    <message>
        <source>All 链通 products</source>
        <translation>全部链通产品</translation>
    </message>
    <message>
        <source>All 链融 products</source>
        <translation>全部链融产品</translation>
    </message>
    <message>
        <source>All 链服 products</source>
        <translation>全部链服产品</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>产品 %1</translation>
    </message>
    <message>
        <source>(letter not opened)</source>
        <translation>（授权书未能打开）</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Revoked on %1: %2</source>
        <translation>%1 撤销：%2</translation>
    </message>
    <message>
        <source>The administrator account of %1</source>
        <translation>%1 的管理员账户</translation>
    </message>
    <message>
        <source>%1 @ %2, account %3</source>
        <translation>%1 @ %2，账户 %3</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>授权范围</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>查询用途</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::AuthorisationsPage</name>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>No authorisations recorded yet: placing an order for a product that needs a letter records one.</source>
        <translation>尚无授权记录：订购需要授权书的产品时会自动登记授权。</translation>
    </message>
    <message>
        <source>No authorisations match “%1”.</source>
        <translation>没有与“%1”匹配的授权。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Search by enterprise, credit code, purpose or product</source>
        <translation>按企业、信用代码、用途或产品搜索</translation>
    </message>
    <message>
        <source>Uses of the selected authorisation (授权使用痕迹)</source>
        <translation>所选授权的使用痕迹</translation>
    </message>
    <message>
        <source>%1: sent; waiting for the light node to verify its block…</source>
        <translation>%1：已提交，等待轻节点验证区块…</translation>
    </message>
    <message>
        <source>Nothing was changed for %1: %2</source>
        <translation>%1 未作任何变更：%2</translation>
    </message>
    <message>
        <source>%1: done, verified in block %2.</source>
        <translation>%1：已完成，已在区块 %2 验证。</translation>
    </message>
    <message>
        <source>%1: block %2 holds the transaction, but it failed there.</source>
        <translation>%1：区块 %2 记录了该交易，但执行失败。</translation>
    </message>
    <message>
        <source>Authorisation %1</source>
        <translation>授权 %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>提交中…</translation>
    </message>
    <message>
        <source>Say why the authorisation is revoked.</source>
        <translation>请填写撤销授权的原因。</translation>
    </message>
    <message>
        <source>Revoke authorisation</source>
        <translation>撤销授权</translation>
    </message>
    <message>
        <source>Why is the authorisation of %1 revoked? The reason is recorded on chain.</source>
        <translation>为什么撤销 %1 的授权？原因将记录上链。</translation>
    </message>
    <message>
        <source>Revoke the authorisation of %1? No order can use it afterwards. This is signed with your key and cannot be undone.</source>
        <translation>确定撤销 %1 的授权？撤销后任何订单都不能再使用。此操作以您的密钥签名，无法撤回。</translation>
    </message>
    <message>
        <source>Record authorisation…</source>
        <translation>记录授权…</translation>
    </message>
</context>
<context>
    <name>credit::ui::BankAuthorisationModel</name>
    <message>
        <source>%1: orders without a valid authorisation letter</source>
        <translation>%1：无有效授权书的订单</translation>
    </message>
    <message>
        <source>%1: orders</source>
        <translation>%1：订单</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>查询笔数</translation>
    </message>
    <message>
        <source>Needing a letter</source>
        <translation>需授权书</translation>
    </message>
    <message>
        <source>With a valid letter</source>
        <translation>有有效授权书</translation>
    </message>
    <message>
        <source>Without a valid letter</source>
        <translation>无有效授权书</translation>
    </message>
    <message>
        <source>%1: orders placed with a recorded authorisation</source>
        <translation>%1：凭已登记授权下的订单</translation>
    </message>
    <message>
        <source>With a recorded authorisation</source>
        <translation>凭已登记授权</translation>
    </message>
    <message>
        <source>Authorisations recorded</source>
        <translation>登记授权数</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Valid now</source>
        <translation>当前有效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>credit::ui::BureauProductsModel</name>
    <message>
        <source>Listed</source>
        <translation>在架</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>已下架</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Required</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Delivery format</source>
        <translation>交付格式</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>credit::ui::ChainStatusBar</name>
    <message>
        <source>Chain: –</source>
        <translation>链上高度：–</translation>
    </message>
    <message>
        <source>Verified: –</source>
        <translation>已验证：–</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>验证失败</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>链上高度：%1</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>已验证：%1</translation>
    </message>
    <message>
        <source>%1 blocks/s, %2 s left</source>
        <translation>%1 块/秒，剩余 %2 秒</translation>
    </message>
    <message>
        <source>Catching up: %p%</source>
        <translation>正在同步：%p%</translation>
    </message>
    <message>
        <source>An endpoint served data that failed verification. Click for the details.</source>
        <translation>有节点提供了未通过验证的数据。点击查看详情。</translation>
    </message>
    <message numerus="yes">
        <source>%n verification alarms</source>
        <translation>
            <numerusform>%n 条验证告警</numerusform>
        </translation>
    </message>
    <message>
        <source>Data that failed verification</source>
        <translation>未通过验证的数据</translation>
    </message>
    <message>
        <source>Nothing that failed verification was stored or shown. What happened:</source>
        <translation>未通过验证的数据均未保存，也未显示。具体情况：</translation>
    </message>
</context>
<context>
    <name>credit::ui::ChoiceButton</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>credit::ui::ConnectPage</name>
    <message>
        <source>Connect to your consortium&apos;s network</source>
        <translation>连接到您所在联盟的征信链</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Network profile file (from your chain operator)</source>
        <translation>网络配置文件（由链运营方提供）</translation>
    </message>
    <message>
        <source>Node addresses</source>
        <translation>节点地址</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the network profile</source>
        <translation>选择网络配置文件</translation>
    </message>
    <message>
        <source>Network profiles (*.json);;All files (*)</source>
        <translation>网络配置文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>https://node1.example:20200/, https://node2.example:20200/</source>
        <translation>https://node1.example:20200/, https://node2.example:20200/</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置文件：</translation>
    </message>
    <message>
        <source>Node URLs:</source>
        <translation>节点地址：</translation>
    </message>
    <message>
        <source>Genesis block hash:</source>
        <translation>创世区块哈希：</translation>
    </message>
    <message>
        <source>Contract address:</source>
        <translation>合约地址：</translation>
    </message>
    <message>
        <source>Signing key (SM2)</source>
        <translation>签名密钥（SM2）</translation>
    </message>
    <message>
        <source>Use an encrypted key file I already have</source>
        <translation>使用已有的加密密钥文件</translation>
    </message>
    <message>
        <source>Import a key from the FISCO SDK (plain PEM) and protect it with a new password</source>
        <translation>导入 FISCO SDK 生成的密钥（明文 PEM），并设置新密码加以保护</translation>
    </message>
    <message>
        <source>Create a new key</source>
        <translation>创建新密钥</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>选择密钥文件</translation>
    </message>
    <message>
        <source>Key files (*.pem);;All files (*)</source>
        <translation>密钥文件 (*.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>The network profile cannot be used: %1</source>
        <translation>无法使用该网络配置文件：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// node address.</source>
        <translation>“%1”不是有效的 http:// 或 https:// 节点地址。</translation>
    </message>
    <message>
        <source>Enter at least one node address.</source>
        <translation>请至少填写一个节点地址。</translation>
    </message>
    <message>
        <source>The genesis block hash is 0x followed by 64 hexadecimal digits.</source>
        <translation>创世区块哈希应为 0x 加 64 位十六进制数字。</translation>
    </message>
    <message>
        <source>The contract address is 0x followed by 40 hexadecimal digits.</source>
        <translation>合约地址应为 0x 加 40 位十六进制数字。</translation>
    </message>
    <message>
        <source>Choose the key file.</source>
        <translation>请选择密钥文件。</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>新密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The key could not be prepared: %1</source>
        <translation>密钥准备失败：%1</translation>
    </message>
    <message>
        <source>Set for this computer by your institution&apos;s IT department; it cannot be changed here.</source>
        <translation>网络已由贵机构 IT 部门为本机统一设定，此处不能修改。</translation>
    </message>
    <message>
        <source>The network your institution&apos;s IT department set for this computer cannot be used; please ask them to correct it. %1</source>
        <translation>贵机构 IT 部门为本机设定的网络无法使用，请联系 IT 部门更正。%1</translation>
    </message>
</context>
<context>
    <name>credit::ui::DashboardCharts</name>
    <message>
        <source>Orders per month, by their state now</source>
        <translation>每月订单（按当前状态）</translation>
    </message>
    <message>
        <source>Orders per credit bureau</source>
        <translation>各征信机构订单</translation>
    </message>
    <message>
        <source>Orders per product series</source>
        <translation>各产品系列订单</translation>
    </message>
    <message>
        <source>Orders per bank</source>
        <translation>各银行订单</translation>
    </message>
    <message>
        <source>Orders per enterprise region (decrypted orders)</source>
        <translation>各企业所在地区订单（已解密订单）</translation>
    </message>
    <message>
        <source>Dispute outcomes</source>
        <translation>异议调解结果</translation>
    </message>
    <message>
        <source>Local and cross-region orders (decrypted orders)</source>
        <translation>本地与异地订单（已解密订单）</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Cross-region</source>
        <translation>异地</translation>
    </message>
    <message>
        <source>Placed in %1, now %2</source>
        <translation>%1 下单，当前%2</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>credit::ui::DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Key figures (double-click a count to list its orders)</source>
        <translation>关键指标（双击数字查看相应订单）</translation>
    </message>
    <message>
        <source>Queries per bank against its authorisations</source>
        <translation>各银行查询与授权情况</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算统计数据：%1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>正在计算统计数据…</translation>
    </message>
    <message>
        <source>Export the statistics report</source>
        <translation>导出统计报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Orders per credit bureau</source>
        <translation>各征信机构订单</translation>
    </message>
    <message>
        <source>Orders per product series</source>
        <translation>各产品系列订单</translation>
    </message>
    <message>
        <source>Orders per bank</source>
        <translation>各银行订单</translation>
    </message>
    <message>
        <source>Orders per enterprise region</source>
        <translation>各企业所在地区订单</translation>
    </message>
    <message>
        <source>Writing the statistics report…</source>
        <translation>正在生成统计报告…</translation>
    </message>
    <message>
        <source>The statistics report was saved to %1.</source>
        <translation>统计报告已保存至 %1。</translation>
    </message>
    <message>
        <source>Recorded authorisations per bank</source>
        <translation>各银行已登记授权</translation>
    </message>
</context>
<context>
    <name>credit::ui::DeliverPartDialog</name>
    <message>
        <source>Deliver our part of order %1 — %2</source>
        <translation>交付订单 %1 的本机构分项报告 — %2</translation>
    </message>
    <message>
        <source>Delivered in block %1.</source>
        <translation>已在区块 %1 交付。</translation>
    </message>
    <message>
        <source>This is a joint report (链融) led by %1: import your bureau&apos;s data for %2 (JSON) or fill it in. The lead bureau fuses your part into the report the bank receives.</source>
        <translation>这是由 %1 牵头的链融联合报告：请导入本机构关于 %2 的数据（JSON）或手工填写。牵头机构会把本机构的分项报告融合进银行收到的报告。</translation>
    </message>
    <message>
        <source>Deliver part</source>
        <translation>交付分项报告</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The part could not be prepared: %1</source>
        <translation>分项报告未能生成：%1</translation>
    </message>
    <message>
        <source>Checking the report data in %1…</source>
        <translation>正在检查 %1 中的报告数据…</translation>
    </message>
    <message>
        <source>From the bureau&apos;s data in %1.</source>
        <translation>来自 %1 中的本机构数据。</translation>
    </message>
    <message>
        <source>Writing the part from the data you entered…</source>
        <translation>正在根据您填写的数据生成分项报告…</translation>
    </message>
    <message>
        <source>From the data you entered.</source>
        <translation>来自您填写的数据。</translation>
    </message>
    <message>
        <source>Writing the demo sample for %1…</source>
        <translation>正在为 %1 生成演示样例…</translation>
    </message>
    <message>
        <source>Demo sample: invented data, marked 演示数据 / DEMO DATA.</source>
        <translation>演示样例：虚构数据，标有“演示数据 / DEMO DATA”。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file. Nothing was prepared: correct them in your system&apos;s export and import the file again.</source>
        <translation>
            <numerusform>文件中有 %n 处问题。未生成分项报告：请在贵机构系统的导出数据中更正后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your part for %1 (%2):</source>
        <translation>本机构关于 %1（%2）的分项报告：</translation>
    </message>
    <message numerus="yes">
        <source>%n court case(s)</source>
        <translation>
            <numerusform>司法案件 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n utility payment(s)</source>
        <translation>
            <numerusform>公共事业缴费 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk warning(s)</source>
        <translation>
            <numerusform>风险警示 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Check the summary, then deliver.</source>
        <translation>%1 请核对摘要后交付。</translation>
    </message>
    <message>
        <source>The part was not sent: %1</source>
        <translation>分项报告未发送：%1</translation>
    </message>
    <message numerus="yes">
        <source>Encrypting the part for the lead bureau, your bureau and %n regulator(s), storing it and anchoring its hash on chain…</source>
        <translation>
            <numerusform>正在为牵头机构、本机构及 %n 家监管机构加密分项报告，存储并将其哈希上链…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tax rating(s)</source>
        <translation>
            <numerusform>纳税信用评级 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tax arrear(s)</source>
        <translation>
            <numerusform>欠税记录 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>贷款 %n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s)</source>
        <translation>
            <numerusform>对外担保 %n 笔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::DemoIdentity</name>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>credit::ui::DeskAttention</name>
    <message>
        <source>New orders</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>Order %1 is waiting for you to accept or reject it.</source>
        <translation>订单 %1 等待您受理或拒绝。</translation>
    </message>
    <message>
        <source>%1 new orders are waiting for you to accept or reject them.</source>
        <translation>有 %1 笔新订单等待您受理或拒绝。</translation>
    </message>
    <message>
        <source>Reports delivered</source>
        <translation>报告已交付</translation>
    </message>
    <message>
        <source>The report of order %1 was delivered: read it and confirm receipt.</source>
        <translation>订单 %1 的报告已交付，请查阅并确认收到。</translation>
    </message>
    <message>
        <source>%1 reports were delivered: read them and confirm receipt.</source>
        <translation>有 %1 份报告已交付，请查阅并确认收到。</translation>
    </message>
    <message>
        <source>Deadline near</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Order %1 is due in %2 (service-level deadline).</source>
        <translation>订单 %1 距服务时限到期还剩 %2。</translation>
    </message>
</context>
<context>
    <name>credit::ui::DisputeDialog</name>
    <message>
        <source>Raise a dispute over order %1</source>
        <translation>就订单 %1 发起争议</translation>
    </message>
    <message>
        <source>What is wrong with the report or its delivery</source>
        <translation>报告或其交付存在什么问题</translation>
    </message>
    <message>
        <source>The mediator receives copies of the request and the report, encrypted for it.</source>
        <translation>调解组织将收到为其加密的查询申请和报告副本。</translation>
    </message>
    <message>
        <source>Sign &amp;&amp; raise dispute</source>
        <translation>签名并发起争议</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>credit::ui::DisputesModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Raised by %1: %2</source>
        <translation>由 %1 发起：%2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>征信机构</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>纠纷原因</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已历时</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>credit::ui::DisputesPage</name>
    <message>
        <source>Order %1: the resolution was sent, in block %2. It is final when the light node has verified that block.</source>
        <translation>订单 %1：调解结果已提交，位于区块 %2。轻节点验证该区块后即为最终结果。</translation>
    </message>
    <message>
        <source>Order %1: the resolution is recorded in verified block %2; the bank and the bureau see it now.</source>
        <translation>订单 %1：调解结果已记录在已验证区块 %2 中，银行和征信机构现在可以看到。</translation>
    </message>
    <message>
        <source>Order %1: block %2 records the resolution as failed. Nothing changed; try again.</source>
        <translation>订单 %1：区块 %2 记录该调解结果执行失败，未作任何变更，请重试。</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>作出调解结果…</translation>
    </message>
    <message>
        <source>View report</source>
        <translation>查看报告</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>待调解</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已调解</translation>
    </message>
    <message>
        <source>All disputes</source>
        <translation>全部纠纷</translation>
    </message>
    <message>
        <source>Search order, bank, bureau, product, reason</source>
        <translation>搜索订单号、银行、征信机构、产品、原因</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>The local store cannot be read: %1</source>
        <translation>无法读取本地数据：%1</translation>
    </message>
    <message>
        <source>Opening what the dispute&apos;s grant shares with you…</source>
        <translation>正在打开该纠纷授权给您查阅的材料…</translation>
    </message>
    <message>
        <source>The report&apos;s copy matches the hash the bureau recorded on chain (block %1).</source>
        <translation>报告副本与征信机构上链的哈希一致（区块 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n 件纠纷</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 disputes</source>
        <translation>%1 / %2 件纠纷</translation>
    </message>
    <message>
        <source>Order %1: sending the resolution…</source>
        <translation>订单 %1：正在提交调解结果…</translation>
    </message>
    <message>
        <source>Order %1: a transaction for it is still pending; wait for it to be confirmed.</source>
        <translation>订单 %1：还有一笔交易待确认，请等待确认后再操作。</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>纠纷列表</translation>
    </message>
</context>
<context>
    <name>credit::ui::EmptyListNotice</name>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选条件</translation>
    </message>
</context>
<context>
    <name>credit::ui::EndpointHealthModel</name>
    <message>
        <source>Serving</source>
        <translation>正常服务</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>未比对</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>Same block %1 as verified</source>
        <translation>区块 %1 与已验证的一致</translation>
    </message>
    <message>
        <source>DIFFERENT block %1: not the chain we verified</source>
        <translation>区块 %1 不一致：不是本终端验证的链</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>节点地址</translation>
    </message>
    <message>
        <source>Light node&apos;s view</source>
        <translation>轻节点状态</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>区块高度</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Agrees with the verified chain</source>
        <translation>与已验证的链是否一致</translation>
    </message>
</context>
<context>
    <name>credit::ui::EvidenceActions</name>
    <message>
        <source>The evidence pack of order %1 was not written: %2</source>
        <translation>订单 %1 的存证包未写入：%2</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>存证包</translation>
    </message>
    <message>
        <source>Evidence pack check</source>
        <translation>存证包核验</translation>
    </message>
    <message>
        <source>Save the evidence pack of order %1</source>
        <translation>保存订单 %1 的存证包</translation>
    </message>
    <message>
        <source>Collecting and checking the proofs of order %1…</source>
        <translation>正在收集并核验订单 %1 的证明…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing the certificate…</source>
        <translation>正在生成存证证明…</translation>
    </message>
    <message>
        <source>Order %1: the evidence pack (%2 steps, %3 KB) and its certificate are written. Anyone can check the pack offline with “creditctl evidence verify %4”.</source>
        <translation>订单 %1：存证包（%2 个步骤，%3 KB）及存证证明已生成。任何人都可以用“creditctl evidence verify %4”离线核验该存证包。</translation>
    </message>
    <message>
        <source>Order %1: the evidence pack is written, but its certificate is not: %2</source>
        <translation>订单 %1：存证包已生成，但存证证明未生成：%2</translation>
    </message>
    <message>
        <source>Evidence pack written</source>
        <translation>存证包已生成</translation>
    </message>
    <message>
        <source>Check an evidence pack</source>
        <translation>核验存证包</translation>
    </message>
    <message>
        <source>Show the enterprise&apos;s full name and unified social credit code on the certificate? Choose this only if everyone who will receive the certificate may see them; otherwise they are masked.</source>
        <translation>是否在证明书上显示企业全称和统一社会信用代码？仅当证明书的所有接收方都有权查看时才选择显示；否则将以遮蔽方式显示。</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Mask them</source>
        <translation>遮蔽</translation>
    </message>
    <message>
        <source>Were you also given the report or the authorisation letter with this pack? Add those files and each one is checked against the documents the chain references.</source>
        <translation>随证据包一并收到的还有信用报告或授权书吗？添加这些文件后，将逐一与链上登记的文件进行核对。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Check the pack only</source>
        <translation>仅核验证据包</translation>
    </message>
    <message>
        <source>Files to check against the pack</source>
        <translation>选择要与证据包核对的文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.json *.png *.jpg);;All files (*)</source>
        <translation>文件 (*.pdf *.json *.png *.jpg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Evidence pack (*%1)</source>
        <translation>存证包 (*%1)</translation>
    </message>
    <message>
        <source>Evidence packs (*%1 *.json)</source>
        <translation>存证包 (*%1 *.json)</translation>
    </message>
</context>
<context>
    <name>credit::ui::EvidenceReportDialog</name>
    <message>
        <source>A verified pack proves what was recorded on the chain and when, signed by the sealers and by the exporting institution. It does not prove that a document was true before it went on the chain.</source>
        <translation>核验通过的存证包证明链上记录了什么、何时记录，并有共识节点和导出机构的签名。它不能证明文件在上链之前的内容是真实的。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>✔ Verified offline: order %1, %n step(s), each in a block signed by a quorum of the sealers chained from this network&apos;s genesis block, with the transaction and receipt proven by Merkle proofs. Bundle SM3 %2.</source>
        <translation>
            <numerusform>✔ 离线核验通过：订单 %1，共 %n 个步骤，每一步所在区块均由从本网络创世区块推出的共识节点按法定数量签名，交易及回执均有默克尔证明。存证包 SM3 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ Not verified.</source>
        <translation>✘ 核验未通过。</translation>
    </message>
    <message>
        <source>✘ Not verified: the %1 check failed. %2</source>
        <translation>✘ 核验未通过：%1 检查失败。%2</translation>
    </message>
    <message>
        <source>✘ Not verified: the %1 check failed at step %2. %3</source>
        <translation>✘ 核验未通过：第 %2 步的 %1 检查失败。%3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) you added are the very documents the order references on chain.</source>
        <translation>
            <numerusform>您添加的 %n 个文件与该订单在链上登记的文件完全一致。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::EvidenceStepsModel</name>
    <message>
        <source>%1 of %2 (%3 needed)</source>
        <translation>%2 个中 %1 个（需要 %3 个）</translation>
    </message>
    <message>
        <source>✔ transaction and receipt</source>
        <translation>✔ 交易及回执</translation>
    </message>
    <message>
        <source>✘</source>
        <translation>✘</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>出块时间</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Sealer signatures</source>
        <translation>共识节点签名</translation>
    </message>
    <message>
        <source>Merkle proofs</source>
        <translation>默克尔证明</translation>
    </message>
</context>
<context>
    <name>credit::ui::FulfilDialog</name>
    <message>
        <source>Fulfil order %1 — %2</source>
        <translation>交付订单 %1 — %2</translation>
    </message>
    <message>
        <source>Delivered in block %1.</source>
        <translation>已在区块 %1 交付。</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>添加 PDF…</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Attach the report PDF</source>
        <translation>添加报告 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>The PDF cannot be previewed: %1</source>
        <translation>无法预览该 PDF：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n page(s); check the preview, then deliver.</source>
        <translation>
            <numerusform>%1 共 %n 页；请检查预览后交付。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypting the report for the bank, your bureau and %n regulator(s), storing it and anchoring its hash on chain…</source>
        <translation>
            <numerusform>正在为银行、本机构及 %n 家监管机构加密报告，存储报告并将其哈希上链…</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach the report PDF or import the bureau&apos;s data for this enterprise. Demo network: a demo sample, marked as such on every page, is also available.</source>
        <translation>请添加报告 PDF，或导入本机构关于该企业的数据。演示网络：也可使用演示样例，其每一页均标有演示标记。</translation>
    </message>
    <message>
        <source>Attach the report PDF from your systems, or import the bureau&apos;s data for this enterprise (JSON) to set it in the built-in template.</source>
        <translation>请添加贵机构系统出具的报告 PDF，或导入本机构关于该企业的数据（JSON），由内置模板生成报告。</translation>
    </message>
    <message>
        <source>Checking the report data in %1 and setting the report for %2…</source>
        <translation>正在检查 %1 中的报告数据并为 %2 生成报告…</translation>
    </message>
    <message>
        <source>The report data cannot be imported: %1</source>
        <translation>无法导入报告数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1. Nothing was generated: correct them in your system&apos;s export and import the file again.</source>
        <translation>
            <numerusform>%1 中有 %n 处问题。未生成报告：请在贵机构系统的导出数据中更正后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set from the bureau&apos;s data in %1.</source>
        <translation>已根据 %1 中的本机构数据生成。</translation>
    </message>
    <message>
        <source>Sample data exists only on the demo network. Import the bureau&apos;s data for this enterprise or attach the report PDF.</source>
        <translation>样例数据仅在演示网络中提供。请导入本机构关于该企业的数据，或添加报告 PDF。</translation>
    </message>
    <message>
        <source>Filling the template with the demo sample for %1…</source>
        <translation>正在用演示样例为 %1 填写模板…</translation>
    </message>
    <message>
        <source>The demo sample could not be generated: %1</source>
        <translation>无法生成演示样例：%1</translation>
    </message>
    <message>
        <source>Demo sample: invented data, every page marked 演示数据 / DEMO DATA.</source>
        <translation>演示样例：虚构数据，每一页均标有“演示数据 / DEMO DATA”。</translation>
    </message>
    <message>
        <source>Setting the report for %1 from the data you entered…</source>
        <translation>正在根据您填写的数据为 %1 生成报告…</translation>
    </message>
    <message>
        <source>The report could not be set: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <source>Set from the data you entered.</source>
        <translation>已根据您填写的数据生成。</translation>
    </message>
    <message>
        <source>The report was not sent: %1</source>
        <translation>报告未发送：%1</translation>
    </message>
    <message>
        <source>The report&apos;s data (JSON) travels inside the PDF, as this product&apos;s delivery format says.</source>
        <translation>按本产品的交付方式，报告的结构化数据（JSON）随 PDF 一并交付。</translation>
    </message>
    <message>
        <source>This product&apos;s delivery format includes structured data, but this PDF carries none: import the bureau&apos;s data or fill in the form to deliver both.</source>
        <translation>本产品的交付方式含结构化数据，但此 PDF 未附带：请导入本机构数据或填写表单，以便同时交付两者。</translation>
    </message>
    <message>
        <source>The partners&apos; parts cannot be opened: %1 Attach a fused report PDF from your systems, or close and try again.</source>
        <translation>合作机构的分项报告无法打开：%1 请附上贵机构系统生成的融合报告 PDF，或关闭后重试。</translation>
    </message>
    <message numerus="yes">
        <source>Opening the parts of %n partner bureau(s)…</source>
        <translation>
            <numerusform>正在打开 %n 家合作机构的分项报告…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report template fuses in the parts of %n partner bureau(s): %1.</source>
        <translation>
            <numerusform>报告模板将融合 %n 家合作机构的分项报告：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>credit::ui::IdentityCheck</name>
    <message>
        <source>Looking up your institution on the verified chain: block %1 of %2 verified.</source>
        <translation>正在已验证的链上数据中核对贵机构身份：已验证区块 %1 / %2。</translation>
    </message>
    <message>
        <source>No node of the network answers yet (%1). Still trying; Cancel to stop.</source>
        <translation>网络节点暂无响应（%1），正在重试；可点击“取消”停止。</translation>
    </message>
    <message>
        <source>Looking up your institution on the verified chain…</source>
        <translation>正在已验证的链上数据中核对贵机构身份…</translation>
    </message>
    <message>
        <source>The verified chain data on this computer could not be read: %1</source>
        <translation>无法读取本机已验证的链上数据：%1</translation>
    </message>
    <message>
        <source>This key belongs to %1 (%2), which the network operator has deactivated. Ask the operator to reactivate the institution, or choose another key file.</source>
        <translation>此密钥属于 %1（%2），该机构已被网络运营方停用。请联系运营方恢复该机构，或选择其他密钥文件。</translation>
    </message>
    <message>
        <source>This key (account %1) is not a registered institution on this network. If it is your institution&apos;s new key, send its public key to the network operator to be registered; otherwise choose your institution&apos;s key file.</source>
        <translation>此密钥（账户 %1）不是本网络已登记的机构。如为贵机构的新密钥，请将其公钥提交网络运营方登记；否则请选择贵机构的密钥文件。</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <comment>user @ institution</comment>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>user %1 names no registered institution</source>
        <translation>用户 %1 所属机构未在链上登记</translation>
    </message>
    <message>
        <source>This key belongs to %1, a user of %2 whose account has been frozen. Ask your institution&apos;s administrator or the network operator to unfreeze it, or choose another key file.</source>
        <translation>该密钥属于%2的用户 %1，其账户已被冻结。请联系本机构管理员或网络运营方解冻，或选择其他密钥文件。</translation>
    </message>
    <message>
        <source>This key belongs to %1, a user of %2, which the network operator has deactivated. Ask the operator to reactivate the institution, or choose another key file.</source>
        <translation>该密钥属于%2的用户 %1，而该机构已被网络运营方停用。请联系运营方重新启用该机构，或选择其他密钥文件。</translation>
    </message>
</context>
<context>
    <name>credit::ui::IdentityPickerPage</name>
    <message>
        <source>Use this identity</source>
        <translation>使用此身份</translation>
    </message>
    <message>
        <source>Choose who you are on the demo network</source>
        <translation>选择您在演示网络中的身份</translation>
    </message>
    <message>
        <source>Demo keys are public knowledge (password: demo-only). Never use them, or the demo network, for real data.</source>
        <translation>演示密钥是公开的（密码：demo-only）。切勿将演示密钥或演示网络用于真实数据。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The demo identities could not be read: %1</source>
        <translation>无法读取演示身份：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unified social credit code %1, account %2</source>
        <translation>统一社会信用代码 %1，链上账户 %2</translation>
    </message>
    <message>
        <source>User account %1 of %2, signs for it</source>
        <translation>%2 的查询用户（账户 %1），代表本机构办理业务</translation>
    </message>
</context>
<context>
    <name>credit::ui::InboxOrderPane</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>查询用途</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请机构</translation>
    </message>
    <message>
        <source>Choose an order.</source>
        <translation>请选择一个订单。</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>订单 %1 — %2</translation>
    </message>
    <message>
        <source>Product: %1. Bank: %2. Placed %3; report due %4 (SLA %5 h). Last change in block %6, transaction %7.</source>
        <translation>产品：%1。银行：%2。下单时间 %3；报告应于 %4 前交付（时限 %5 小时）。最近一次变更在区块 %6，交易 %7。</translation>
    </message>
    <message>
        <source>Decrypting the request…</source>
        <translation>正在解密查询申请…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Request decrypted (the bank wrote it at %1, China time).</source>
        <translation>请求已解密（银行填写时间：%1，北京时间）。</translation>
    </message>
</context>
<context>
    <name>credit::ui::InstitutionHistoryModel</name>
    <message>
        <source>Registered (active)</source>
        <translation>已登记（启用）</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active as of this block (earlier changes were not kept by this terminal)</source>
        <translation>截至该区块为启用状态（本终端未保存更早的变更）</translation>
    </message>
    <message>
        <source>Deactivated as of this block (earlier changes were not kept by this terminal)</source>
        <translation>截至该区块为停用状态（本终端未保存更早的变更）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>链上凭证</translation>
    </message>
</context>
<context>
    <name>credit::ui::InstitutionsModel</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last change (block)</source>
        <translation>最近变更（区块）</translation>
    </message>
</context>
<context>
    <name>credit::ui::InstitutionsPage</name>
    <message>
        <source>Register institution…</source>
        <translation>登记机构…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Search by name, credit code, role, region or account</source>
        <translation>按名称、统一社会信用代码、角色、地区或账户搜索</translation>
    </message>
    <message>
        <source>History of the selected institution (verified blocks)</source>
        <translation>所选机构的变更历史（已验证区块）</translation>
    </message>
    <message>
        <source>Executed in block %1; waiting for the light node to verify it…</source>
        <translation>已在区块 %1 中执行，等待轻节点验证…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何变更：%1</translation>
    </message>
    <message>
        <source>Done: verified in block %1.</source>
        <translation>完成：已在区块 %1 中验证。</translation>
    </message>
    <message>
        <source>Block %1 holds the change, but it failed there.</source>
        <translation>区块 %1 包含该变更，但执行失败。</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>%1 is already being registered.</source>
        <translation>%1 正在登记中。</translation>
    </message>
    <message>
        <source>Signing and sending the registration of %1…</source>
        <translation>正在签名并发送 %1 的登记…</translation>
    </message>
    <message>
        <source>Activate an institution</source>
        <translation>启用机构</translation>
    </message>
    <message>
        <source>Deactivate an institution</source>
        <translation>停用机构</translation>
    </message>
    <message>
        <source>Activate %1? Its users can order, list and deliver again.</source>
        <translation>启用 %1？启用后该机构可重新下单、上架产品和交付报告。</translation>
    </message>
    <message>
        <source>Deactivate %1? From the block that holds this change, the chain refuses its orders, products and deliveries. The history stays.</source>
        <translation>停用 %1？自包含该变更的区块起，链上将拒绝该机构的订单、产品和报告交付。历史记录保留。</translation>
    </message>
    <message>
        <source>Signing and sending the change of %1…</source>
        <translation>正在签名并发送 %1 的变更…</translation>
    </message>
</context>
<context>
    <name>credit::ui::ListActions</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save this list, as shown (filtered and sorted), for Excel</source>
        <translation>按当前显示（筛选和排序后）导出本列表，可用 Excel 打开</translation>
    </message>
    <message>
        <source>Print this list, as shown (filtered and sorted)</source>
        <translation>按当前显示（筛选和排序后）打印本列表</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 文件，可用 Excel 打开 (*.csv)</translation>
    </message>
    <message>
        <source>1 row exported to %1.</source>
        <translation>已导出 1 行到 %1。</translation>
    </message>
    <message>
        <source>%1 rows exported to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
</context>
<context>
    <name>credit::ui::LoanBookDialog</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Re-query a loan book</source>
        <translation>贷后批量查询</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>Post-loan review</source>
        <translation>贷后管理</translation>
    </message>
    <message>
        <source>Each enterprise is ordered with its recorded authorisation that covers the product today; record missing letters on the Authorisations page first. Each order is charged at the product&apos;s price.</source>
        <translation>每家企业凭其今日有效且覆盖该产品的已登记授权下单；缺少授权的，请先在“授权管理”页登记。每笔订单按产品价格计费。</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>查询用途：</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Place no more orders; the order being sent still gets its answer</source>
        <translation>不再下新订单；正在提交的订单仍会得到结果</translation>
    </message>
    <message>
        <source>Loan book re-query</source>
        <translation>贷后批量查询</translation>
    </message>
    <message>
        <source>Nothing was ordered: %1</source>
        <translation>未下任何订单：%1</translation>
    </message>
    <message numerus="yes">
        <source>Place %n order(s) (at most %1)</source>
        <translation>
            <numerusform>下 %n 笔订单（最多 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Place orders</source>
        <translation>下单</translation>
    </message>
    <message>
        <source>No listed product needs an authorisation: a re-query orders with recorded authorisations only.</source>
        <translation>没有需要授权的在售产品：批量查询只凭已登记的授权下单。</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) in the file</source>
        <translation>
            <numerusform>文件中共 %n 家企业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the file check</source>
        <translation>
            <numerusform>%n 家未通过文件检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ordered</source>
        <translation>
            <numerusform>%n 笔已下单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting verification</source>
        <translation>
            <numerusform>%n 笔待验证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation>
            <numerusform>%n 笔提交中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without authorisation</source>
        <translation>
            <numerusform>%n 家无授权</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 笔失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (stopped)</source>
        <translation>
            <numerusform>%n 家未提交（已停止）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 家等待中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::LoanBookModel</name>
    <message>
        <source>Refused</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>待下单</translation>
    </message>
    <message>
        <source>No authorisation</source>
        <translation>无授权</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>提交中…</translation>
    </message>
    <message>
        <source>Sent, awaiting verification</source>
        <translation>已提交，待验证</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not sent (stopped)</source>
        <translation>未提交（已停止）</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>文件行号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>credit::ui::MainWindow</name>
    <message>
        <source>%1 — this page is being built.</source>
        <translation>%1 — 该页面正在建设中。</translation>
    </message>
    <message>
        <source>CreditChain Terminal — %1</source>
        <translation>征信链终端 — %1</translation>
    </message>
    <message>
        <source>CreditChain Terminal — %1 (%2)</source>
        <translation>征信链终端 — %1（%2）</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>终端(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CreditChain Terminal</source>
        <translation>关于征信链终端(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Verify evidence pack…</source>
        <translation>核验存证包(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search this page</source>
        <translation>在本页搜索(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>签退(&amp;O)…</translation>
    </message>
    <message>
        <source>End this session and choose an identity to sign in with.</source>
        <translation>结束本次会话（签退），重新选择登录身份。</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>当前登录：%1</translation>
    </message>
</context>
<context>
    <name>credit::ui::MyOrdersPage</name>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>Open (placed or accepted)</source>
        <translation>进行中（已下单或已受理）</translation>
    </message>
    <message>
        <source>Delivered, to confirm</source>
        <translation>已交付，待确认</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Disputed or resolved</source>
        <translation>争议中或已调解</translation>
    </message>
    <message>
        <source>Rejected or cancelled</source>
        <translation>已拒绝或已撤销</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>新订单…</translation>
    </message>
    <message>
        <source>Order %1 was not placed: %2</source>
        <translation>订单 %1 未能下单：%2</translation>
    </message>
    <message>
        <source>Fetching and decrypting the report…</source>
        <translation>正在获取并解密报告…</translation>
    </message>
    <message>
        <source>Sent. Order %1 changes once its block is verified.</source>
        <translation>已发送。订单 %1 将在其区块验证后更新。</translation>
    </message>
    <message>
        <source>Your orders could not be read from the local store: %1</source>
        <translation>无法从本地存储读取您的订单：%1</translation>
    </message>
    <message>
        <source>No products are known yet. Wait for the chain to be read, then try again.</source>
        <translation>暂无已知产品。请等待链数据读取完成后重试。</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>确认收货</translation>
    </message>
    <message>
        <source>Confirm that you received the report of order %1? This completes the order on chain; a dispute is then still possible.</source>
        <translation>确认已收到订单 %1 的报告吗？这将在链上完成该订单；之后仍可发起争议。</translation>
    </message>
    <message>
        <source>Signing and sending the confirmation…</source>
        <translation>正在签名并发送确认…</translation>
    </message>
    <message>
        <source>No active mediation organisation is registered on this chain.</source>
        <translation>本链上没有登记在册的有效调解组织。</translation>
    </message>
    <message>
        <source>Sealing copies for the mediator and sending the dispute…</source>
        <translation>正在为调解组织加密副本并发送争议…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>撤销订单</translation>
    </message>
    <message>
        <source>Cancel order %1? The bureau has not accepted it yet; once cancelled it cannot be reopened, and a new order is needed.</source>
        <translation>确定撤销订单 %1 吗？征信机构尚未受理该订单；撤销后无法恢复，如仍需查询须重新下单。</translation>
    </message>
    <message>
        <source>Signing and sending the cancellation…</source>
        <translation>正在签名并发送撤销交易…</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>我的订单</translation>
    </message>
    <message>
        <source>Search order id, enterprise, credit code, product or bureau</source>
        <translation>搜索订单号、企业名称、统一社会信用代码、产品或征信机构</translation>
    </message>
    <message>
        <source>No orders yet — place one from the Product catalogue.</source>
        <translation>暂无订单——请从产品目录下单。</translation>
    </message>
    <message>
        <source>No orders match “%1”.</source>
        <translation>没有与“%1”匹配的订单。</translation>
    </message>
    <message>
        <source>No orders match the chosen filters.</source>
        <translation>没有符合所选筛选条件的订单。</translation>
    </message>
    <message>
        <source>the report of order %1</source>
        <translation>订单 %1 的报告</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>订单 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Re-query loan book…</source>
        <translation>贷后批量查询…</translation>
    </message>
    <message>
        <source>Order one product for every enterprise of a loan book (CSV), each with its recorded authorisation</source>
        <translation>为贷款台账（CSV）中的每家企业订购同一产品，各凭其已登记的授权</translation>
    </message>
    <message>
        <source>Re-query a loan book: choose its CSV file</source>
        <translation>贷后批量查询：选择贷款台账 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>credit::ui::MyProductsPage</name>
    <message>
        <source>Product %1: sent, in block %2. It is confirmed when the light node has verified that block.</source>
        <translation>产品 %1：已发送，位于区块 %2。轻节点验证该区块后即为已确认。</translation>
    </message>
    <message>
        <source>Product %1: confirmed in a verified block.</source>
        <translation>产品 %1：已在经验证的区块中确认。</translation>
    </message>
    <message>
        <source>Product %1: the chain recorded the transaction as failed. Refresh and try again.</source>
        <translation>产品 %1：链上记录该交易失败。请刷新后重试。</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>产品 %1：%2</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>新建产品…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delist…</source>
        <translation>下架…</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>在架</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>The local store cannot be read: %1</source>
        <translation>无法读取本地存储：%1</translation>
    </message>
    <message>
        <source>Delist product</source>
        <translation>下架产品</translation>
    </message>
    <message>
        <source>Delist &quot;%1&quot; (%2)? Banks can no longer order it; orders already placed are not affected. This cannot be undone.</source>
        <translation>确定下架“%1”（%2）吗？银行将无法再订购该产品；已下的订单不受影响。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delisting…</source>
        <translation>正在下架…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>正在上架…</translation>
    </message>
    <message>
        <source>Product %1: sending…</source>
        <translation>产品 %1：正在发送…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
</context>
<context>
    <name>credit::ui::NetworkHealthPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Asking every endpoint…</source>
        <translation>正在询问各节点…</translation>
    </message>
    <message>
        <source>The network could not be checked: %1</source>
        <translation>无法检查网络：%1</translation>
    </message>
    <message>
        <source>Local verified store: block %1, %2 on disk. Checked %3.</source>
        <translation>本地已验证数据：区块 %1，占用磁盘 %2。检查时间 %3。</translation>
    </message>
    <message>
        <source>Every endpoint answers and serves the chain this terminal verified.</source>
        <translation>所有节点均有应答，且提供的是本终端已验证的链。</translation>
    </message>
    <message>
        <source>%1 of %2 endpoints need attention (in red).</source>
        <translation>%2 个节点中有 %1 个需要关注（红色显示）。</translation>
    </message>
</context>
<context>
    <name>credit::ui::OpenUserDialog</name>
    <message>
        <source>Generate a new key for the user</source>
        <translation>为用户生成新密钥</translation>
    </message>
    <message>
        <source>Use the public key the user made</source>
        <translation>使用用户自行生成的公钥</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Open a user for %1</source>
        <translation>为%1开立用户</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>The user&apos;s SM2 public key: 128 hex digits</source>
        <translation>用户的 SM2 公钥：128 位十六进制数</translation>
    </message>
    <message>
        <source>Generating the key and writing the file…</source>
        <translation>正在生成密钥并写入文件…</translation>
    </message>
    <message>
        <source>Open user</source>
        <translation>开立用户</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>%1 key.pem</source>
        <translation>%1 密钥.pem</translation>
    </message>
    <message>
        <source>Save the user&apos;s key file</source>
        <translation>保存用户密钥文件</translation>
    </message>
    <message>
        <source>Key files (*.pem);;All files (*)</source>
        <translation>密钥文件 (*.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>请输入用户姓名。</translation>
    </message>
    <message>
        <source>Choose where to save the user&apos;s key file.</source>
        <translation>请选择用户密钥文件的保存位置。</translation>
    </message>
    <message>
        <source>A file already exists at %1. Choose another name: no key file is overwritten.</source>
        <translation>%1 已有同名文件。请换一个文件名：密钥文件不会被覆盖。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place for the key file.</source>
        <translation>文件夹 %1 不存在。请为密钥文件另选位置。</translation>
    </message>
    <message>
        <source>The key file&apos;s password needs at least %1 characters.</source>
        <translation>密钥文件密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>credit::ui::OrderBrowserModel</name>
    <message>
        <source>(not decrypted)</source>
        <translation>（未解密）</translation>
    </message>
    <message>
        <source>The order&apos;s request is not decrypted yet: use Decrypt requests… to read its enterprise.</source>
        <translation>该订单的查询申请尚未解密：请使用“解密查询申请…”读取企业信息。</translation>
    </message>
    <message>
        <source>This column does not sort.</source>
        <translation>此列不支持排序。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>征信机构</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>产品系列</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Authorisation letter</source>
        <translation>授权书</translation>
    </message>
</context>
<context>
    <name>credit::ui::OrderBrowserPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Decrypt requests…</source>
        <translation>解密查询申请…</translation>
    </message>
    <message>
        <source>Enterprise name or credit code, or an order id</source>
        <translation>企业名称、统一社会信用代码或订单号</translation>
    </message>
    <message>
        <source>Show every order again</source>
        <translation>显示全部订单</translation>
    </message>
    <message>
        <source>Read the list again, with the blocks verified since</source>
        <translation>重新读取列表（含此后验证的区块）</translation>
    </message>
    <message>
        <source>Write every order of this view (all pages) to a CSV file for Excel</source>
        <translation>将当前视图的全部订单（所有页）导出为 Excel 可打开的 CSV 文件</translation>
    </message>
    <message>
        <source>Fetch and decrypt the request of every order not decrypted yet (kept encrypted on this computer)</source>
        <translation>获取并解密所有尚未解密订单的查询申请（在本机加密保存）</translation>
    </message>
    <message>
        <source>The orders cannot be listed: %1</source>
        <translation>无法列出订单：%1</translation>
    </message>
    <message>
        <source>New blocks are verified: Refresh to include their orders.</source>
        <translation>已验证新区块：请刷新以纳入其订单。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 笔订单写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file was not written: %1</source>
        <translation>CSV 文件未写入：%1</translation>
    </message>
    <message>
        <source>Decryption stopped. The requests decrypted so far are kept; Decrypt requests… goes on from there.</source>
        <translation>解密已停止。已解密的申请均已保留，再次“解密查询申请…”将从此处继续。</translation>
    </message>
    <message>
        <source>The requests cannot be decrypted: %1</source>
        <translation>无法解密查询申请：%1</translation>
    </message>
    <message>
        <source>%1 request(s) decrypted now, %2 were already decrypted, %3 could not be fetched or opened.</source>
        <translation>本次解密 %1 份申请，%2 份此前已解密，%3 份无法获取或打开。</translation>
    </message>
    <message>
        <source>They are tried again next time. The first: %1</source>
        <translation>下次将重试。首个失败：%1</translation>
    </message>
    <message>
        <source>“%1” names no orders.</source>
        <translation>“%1”未包含任何订单。</translation>
    </message>
    <message>
        <source>Showing: %1 ✕</source>
        <translation>当前显示：%1 ✕</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) on the chain</source>
        <translation>
            <numerusform>链上共 %n 笔订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind this figure</source>
        <translation>
            <numerusform>该指标对应 %n 笔订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) match “%1”</source>
        <translation>
            <numerusform>%n 笔订单匹配“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>blocks %1–%2, head %3</source>
        <translation>区块 %1–%2，最新区块哈希 %3</translation>
    </message>
    <message>
        <source>The requests of %1 of the %2 orders are not decrypted yet: their enterprise, credit code, region and letter columns are empty, and a search by enterprise cannot find them. Use Decrypt requests….</source>
        <translation>%2 笔订单中有 %1 笔的查询申请尚未解密：其企业、统一社会信用代码、地区和授权书列为空，按企业搜索也无法找到。请使用“解密查询申请…”。</translation>
    </message>
    <message>
        <source>Order %1 is not in the local store yet.</source>
        <translation>订单 %1 尚未同步到本地存储。</translation>
    </message>
    <message>
        <source>The local store cannot be read: %1</source>
        <translation>无法读取本地存储：%1</translation>
    </message>
    <message>
        <source>The timeline of order %1 cannot be read: %2</source>
        <translation>无法读取订单 %1 的时间线：%2</translation>
    </message>
    <message>
        <source>Export the orders as CSV</source>
        <translation>导出订单为 CSV</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Fetching and decrypting the orders&apos; requests…</source>
        <translation>正在获取并解密订单的查询申请…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Decrypt requests</source>
        <translation>解密查询申请</translation>
    </message>
</context>
<context>
    <name>credit::ui::OrderDetailsPanel</name>
    <message>
        <source>Copy proof</source>
        <translation>复制证明</translation>
    </message>
    <message>
        <source>View report</source>
        <translation>查看报告</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>确认收货</translation>
    </message>
    <message>
        <source>Raise dispute…</source>
        <translation>发起争议…</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3 · %4</source>
        <translation>订单 %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3 · waiting for a verified block</source>
        <translation>订单 %1 · %2 · %3 · 等待经验证的区块</translation>
    </message>
    <message>
        <source>Choose an order to see its timeline.</source>
        <translation>选择一个订单以查看其时间线。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>撤销订单…</translation>
    </message>
    <message>
        <source>Export evidence pack…</source>
        <translation>导出存证包…</translation>
    </message>
    <message>
        <source>A file anyone can check offline that proves every step of this order, with a PDF certificate beside it</source>
        <translation>一份任何人都可离线核验、证明本订单每一步的文件，并附 PDF 存证证明</translation>
    </message>
    <message numerus="yes">
        <source>Placed with authorisation %1 (valid %2 to %3, used by %n order(s))</source>
        <translation>
            <numerusform>依据授权 %1 下单（有效期 %2 至 %3，已用于 %n 笔订单）</numerusform>
        </translation>
    </message>
    <message>
        <source>· revoked on %1: %2</source>
        <translation>· 已于 %1 撤销：%2</translation>
    </message>
    <message>
        <source>· expired</source>
        <translation>· 已过期</translation>
    </message>
    <message>
        <source>Purpose: %1
Letter SM3: %2</source>
        <translation>查询用途：%1
授权书 SM3：%2</translation>
    </message>
    <message numerus="yes">
        <source>Joint report (链融): %1 leads and fuses the parts of %n partner bureau(s); %2 delivered.</source>
        <translation>
            <numerusform>链融联合报告：由 %1 牵头，融合 %n 家合作机构的分项报告；已交付 %2 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>· %1: part delivered in block %2, %3</source>
        <translation>· %1：分项报告已在区块 %2 交付，%3</translation>
    </message>
    <message>
        <source>· %1: part awaited</source>
        <translation>· %1：分项报告待交付</translation>
    </message>
</context>
<context>
    <name>credit::ui::OrderIdCopy</name>
    <message>
        <source>Copy order id</source>
        <translation>复制订单号</translation>
    </message>
</context>
<context>
    <name>credit::ui::OrderInboxModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>%1 · our part delivered</source>
        <translation>%1 · 本机构分项已交付</translation>
    </message>
    <message>
        <source>%1 · our part owed</source>
        <translation>%1 · 本机构分项待交付</translation>
    </message>
    <message>
        <source>%1 · parts %2/%3</source>
        <translation>%1 · 分项 %2/%3</translation>
    </message>
</context>
<context>
    <name>credit::ui::OrderInboxPage</name>
    <message>
        <source>Order %1: sent, in block %2. It is confirmed when the light node has verified that block.</source>
        <translation>订单 %1：已发送，位于区块 %2。轻节点验证该区块后即为已确认。</translation>
    </message>
    <message>
        <source>Order %1: confirmed in a verified block.</source>
        <translation>订单 %1：已在经验证的区块中确认。</translation>
    </message>
    <message>
        <source>Order %1: the chain recorded the transaction as failed.</source>
        <translation>订单 %1：链上记录该交易失败。</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Fulfil…</source>
        <translation>交付…</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>The local store cannot be read: %1</source>
        <translation>无法读取本地存储：%1</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>正在受理…</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>正在拒绝…</translation>
    </message>
    <message>
        <source>Delivering…</source>
        <translation>正在交付…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>查询申请</translation>
    </message>
    <message>
        <source>Timeline and proofs</source>
        <translation>时间线与证明</translation>
    </message>
    <message>
        <source>Order inbox</source>
        <translation>订单收件箱</translation>
    </message>
    <message>
        <source>No orders yet — banks&apos; orders for your products arrive here.</source>
        <translation>暂无订单——银行对贵机构产品的订单将显示在这里。</translation>
    </message>
    <message>
        <source>No orders in the state “%1”.</source>
        <translation>没有状态为“%1”的订单。</translation>
    </message>
    <message>
        <source>Deliver our part…</source>
        <translation>交付本机构分项…</translation>
    </message>
    <message>
        <source>链融: this order is for another bureau&apos;s joint product; deliver your bureau&apos;s part for the lead bureau to fuse.</source>
        <translation>链融：该订单属于其他征信机构牵头的联合产品；请交付本机构的分项报告，由牵头机构融合。</translation>
    </message>
    <message>
        <source>Waiting for the partner bureaus&apos; parts: %1 of %2 delivered. The report is fused when every part is in.</source>
        <translation>正在等待合作机构的分项报告：已交付 %1 份，共 %2 份。全部到齐后方可融合出具报告。</translation>
    </message>
    <message>
        <source>Delivering our part…</source>
        <translation>正在交付本机构分项…</translation>
    </message>
</context>
<context>
    <name>credit::ui::OrderTableModel</name>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>credit::ui::OrderTimelineModel</name>
    <message>
        <source>Placed the order</source>
        <translation>下单</translation>
    </message>
    <message>
        <source>Accepted the order</source>
        <translation>受理订单</translation>
    </message>
    <message>
        <source>Rejected the order: %1</source>
        <translation>拒绝订单：%1</translation>
    </message>
    <message>
        <source>Cancelled the order</source>
        <translation>撤销订单</translation>
    </message>
    <message>
        <source>Delivered the report (SM3 %1)</source>
        <translation>交付报告（SM3 %1）</translation>
    </message>
    <message>
        <source>Confirmed receipt of the report</source>
        <translation>确认收到报告</translation>
    </message>
    <message>
        <source>Raised a dispute: %1</source>
        <translation>发起争议：%1</translation>
    </message>
    <message>
        <source>Resolved the dispute: %1</source>
        <translation>调解争议：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>Resolved the dispute (%1): %2</source>
        <translation>作出调解结果（%1）：%2</translation>
    </message>
    <message>
        <source>%1 (transaction %2 of block %3)</source>
        <translation>%1（区块 %3 的第 %2 笔交易）</translation>
    </message>
    <message>
        <source>Signed by account %1</source>
        <translation>签名账户 %1</translation>
    </message>
    <message>
        <source>The light node verified block %1 before storing it: its hash recomputed from the header, %2 of %3 sealers&apos; SM2 signatures checked, and this transaction and its receipt (status %4) folded into the header&apos;s Merkle roots.</source>
        <translation>轻节点在保存区块 %1 前已完成验证：按区块头重新计算哈希，核验 %3 个共识节点中 %2 个的 SM2 签名，并将本笔交易及其回执（状态 %4）计入区块头的默克尔根。</translation>
    </message>
    <message>
        <source>✘ receipt status %1 · sealed by %2 of %3</source>
        <translation>✘ 回执状态 %1 · %3 个共识节点中 %2 个签名</translation>
    </message>
    <message>
        <source>✔ sealed by %1 of %2 · transaction and receipt proven</source>
        <translation>✔ %2 个共识节点中 %1 个签名 · 交易及回执已证明</translation>
    </message>
    <message>
        <source>Signed by %1 (user account %2) for %3 (account %4)</source>
        <translation>由 %1（用户账户 %2）代表%3（账户 %4）签名</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <comment>user @ institution</comment>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>Delivered its part of the joint report (SM3 %1)</source>
        <translation>交付了联合报告的分项（SM3 %1）</translation>
    </message>
</context>
<context>
    <name>credit::ui::OrdersModel</name>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>征信机构</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已过时间</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Last block</source>
        <translation>最近区块</translation>
    </message>
    <message>
        <source>⚠ Request cannot be opened</source>
        <translation>⚠ 无法打开查询申请</translation>
    </message>
    <message>
        <source>The request of this order could not be opened: %1</source>
        <translation>无法打开该订单的查询申请：%1</translation>
    </message>
    <message>
        <source>Reading the enterprise from the order&apos;s encrypted request…</source>
        <translation>正在从订单的加密查询申请中读取企业信息…</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>%1 · parts %2/%3</source>
        <translation>%1 · 分项 %2/%3</translation>
    </message>
</context>
<context>
    <name>credit::ui::PlaceOrderDialog</name>
    <message>
        <source>Place an order</source>
        <translation>下单</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>核对…</translation>
    </message>
    <message>
        <source>Sign &amp;&amp; submit</source>
        <translation>签名并提交</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Full registered name of the enterprise</source>
        <translation>企业的完整登记名称</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>e.g. Credit line review</source>
        <translation>例如：授信审查</translation>
    </message>
    <message>
        <source>Attach letter…</source>
        <translation>添加授权书…</translation>
    </message>
    <message>
        <source>No letter attached.</source>
        <translation>未添加授权书。</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>查询用途</translation>
    </message>
    <message>
        <source>Authorisation letter</source>
        <translation>授权书</translation>
    </message>
    <message>
        <source>Letter valid from</source>
        <translation>授权书有效期自</translation>
    </message>
    <message>
        <source>Choose a product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <source>The letter is being read.</source>
        <translation>正在读取授权书。</translation>
    </message>
    <message>
        <source>%1 · %2 · delivery within %3 h · %4</source>
        <translation>%1 · %2 · %3 小时内交付 · %4</translation>
    </message>
    <message>
        <source>needs the enterprise&apos;s authorisation letter</source>
        <translation>需要企业授权书</translation>
    </message>
    <message>
        <source>no authorisation letter needed</source>
        <translation>无需授权书</translation>
    </message>
    <message>
        <source>Attach the authorisation letter</source>
        <translation>添加授权书</translation>
    </message>
    <message>
        <source>Letters (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>授权书 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 (%2 KiB)</source>
        <translation>%1（%2 KiB）</translation>
    </message>
    <message>
        <source>Product: %1 (%2)</source>
        <translation>产品：%1（%2）</translation>
    </message>
    <message>
        <source>Price: %1; the report is due %2 h after the bureau accepts.</source>
        <translation>价格：%1；征信机构受理后 %2 小时内交付报告。</translation>
    </message>
    <message>
        <source>Enterprise: %1, %2</source>
        <translation>企业：%1，%2</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>用途：%1</translation>
    </message>
    <message>
        <source>Authorisation letter: %1, valid %2 to %3</source>
        <translation>授权书：%1，有效期 %2 至 %3</translation>
    </message>
    <message>
        <source>Authorisation letter: none</source>
        <translation>授权书：无</translation>
    </message>
    <message>
        <source>The request is encrypted for your bank, the bureau and the regulator, then the order is signed with your key and sent to the chain.</source>
        <translation>查询申请将为贵行、征信机构和监管机构加密，然后用您的密钥对订单签名并发送上链。</translation>
    </message>
    <message>
        <source>Signing and sending order %1… You may close this window: the order carries on and shows as pending in My orders.</source>
        <translation>正在签名并发送订单 %1… 您可以关闭此窗口：订单会继续发送，并在“我的订单”中显示为待确认。</translation>
    </message>
    <message>
        <source>The order was not placed: %1</source>
        <translation>订单未能下单：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Open the attached letter to check it is the right one</source>
        <translation>打开已添加的授权书，核对是否无误</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take the letter off this order</source>
        <translation>从本订单中移除该授权书</translation>
    </message>
    <message numerus="yes">
        <source>Use recorded authorisation %1 (valid %2 to %3, used %n time(s))</source>
        <translation>
            <numerusform>使用已登记授权 %1（有效期 %2 至 %3，已使用 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach a new letter</source>
        <translation>添加新的授权书</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Authorisation: recorded authorisation %1 (letter %2, valid %3 to %4); nothing new is recorded.</source>
        <translation>授权：已登记授权 %1（授权书 %2，有效期 %3 至 %4）；不另行登记。</translation>
    </message>
    <message>
        <source>Authorisation letter: %1</source>
        <translation>授权书：%1</translation>
    </message>
</context>
<context>
    <name>credit::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Lock the key after being idle for</source>
        <translation>空闲多久后锁定密钥</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Set for this computer by your institution&apos;s IT department.</source>
        <translation>此项已由贵机构 IT 部门为本机统一设定。</translation>
    </message>
</context>
<context>
    <name>credit::ui::ProductCatalogueModel</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Required</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>产品系列</translation>
    </message>
    <message>
        <source>Credit bureau</source>
        <translation>征信机构</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Delivery format</source>
        <translation>交付格式</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>服务时限</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>企业授权</translation>
    </message>
</context>
<context>
    <name>credit::ui::ProductCataloguePage</name>
    <message>
        <source>Search products, bureaus and descriptions</source>
        <translation>搜索产品、征信机构或产品说明</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>全部系列</translation>
    </message>
    <message>
        <source>All bureaus</source>
        <translation>全部征信机构</translation>
    </message>
    <message>
        <source>Place order…</source>
        <translation>下单…</translation>
    </message>
    <message>
        <source>Order a report of the selected product for an enterprise (Ctrl+N)</source>
        <translation>为企业订购所选产品的报告（Ctrl+N）</translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <source>No products yet — they appear here once the chain is read and bureaus list them.</source>
        <translation>暂无产品——链上数据读取完成且征信机构上架产品后将显示在这里。</translation>
    </message>
    <message>
        <source>No products match “%1”.</source>
        <translation>没有与“%1”匹配的产品。</translation>
    </message>
    <message>
        <source>No products match the chosen series and bureau.</source>
        <translation>没有符合所选系列和征信机构的产品。</translation>
    </message>
</context>
<context>
    <name>credit::ui::ProductEditorDialog</name>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>编辑产品 %1</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>The enterprise&apos;s authorisation letter is required</source>
        <translation>需要企业授权书</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>产品编号</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Delivery format</source>
        <translation>交付格式</translation>
    </message>
    <message>
        <source>Enter a product id (a whole number above zero).</source>
        <translation>请输入产品编号（大于零的整数）。</translation>
    </message>
    <message>
        <source>Product id %1 is already used on the chain. Choose another id.</source>
        <translation>产品编号 %1 已在链上使用，请另选编号。</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>请输入产品名称。</translation>
    </message>
    <message>
        <source>Enter the delivery format, for example PDF.</source>
        <translation>请输入交付格式，例如 PDF。</translation>
    </message>
    <message>
        <source>With structured data (JSON), banks also get the report&apos;s data as tables they can export and compare; it travels inside the report PDF.</source>
        <translation>选择含结构化数据（JSON）的交付方式，银行还可按表格查看、导出和比对报告数据；数据随报告 PDF 一并交付。</translation>
    </message>
</context>
<context>
    <name>credit::ui::ProductSheet</name>
    <message>
        <source>Choose a product to read its sheet.</source>
        <translation>请选择产品以查看产品说明。</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>产品系列</translation>
    </message>
    <message>
        <source>Credit bureau</source>
        <translation>征信机构</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>交付时限</translation>
    </message>
    <message>
        <source>Delivery format</source>
        <translation>交付格式</translation>
    </message>
    <message>
        <source>Authorisation letter</source>
        <translation>企业授权书</translation>
    </message>
    <message>
        <source>Partner bureaus</source>
        <translation>合作征信机构</translation>
    </message>
    <message numerus="yes">
        <source>within %n h of acceptance</source>
        <translation>
            <numerusform>受理后 %n 小时内</numerusform>
        </translation>
    </message>
    <message>
        <source>Required: attach the enterprise&apos;s signed authorisation letter to the order</source>
        <translation>需要：下单时须添加企业签署的授权书</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需授权</translation>
    </message>
    <message>
        <source>On chain: last changed in block %1, transaction %2, sealed by %3 of %4 sealers.</source>
        <translation>链上记录：最近一次变更在区块 %1，交易 %2，由 %4 个共识节点中的 %3 个签名。</translation>
    </message>
</context>
<context>
    <name>credit::ui::RecordAuthorisationDialog</name>
    <message>
        <source>Record an authorisation</source>
        <translation>记录授权</translation>
    </message>
    <message>
        <source>The products ticked below</source>
        <translation>下方勾选的产品</translation>
    </message>
    <message>
        <source>All 链通 products</source>
        <translation>全部链通产品</translation>
    </message>
    <message>
        <source>All 链融 products</source>
        <translation>全部链融产品</translation>
    </message>
    <message>
        <source>All 链服 products</source>
        <translation>全部链服产品</translation>
    </message>
    <message>
        <source>%1 — %2 (needs a letter)</source>
        <translation>%1 — %2（需授权书）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Attach letter…</source>
        <translation>添加授权书…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>No letter attached.</source>
        <translation>尚未添加授权书。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Authorisation %1 sent; waiting for the light node to verify its block…</source>
        <translation>授权 %1 已提交，等待轻节点验证区块…</translation>
    </message>
    <message>
        <source>The authorisation was not recorded: %1</source>
        <translation>授权未记录：%1</translation>
    </message>
    <message>
        <source>Authorisation %1 recorded, verified in block %2.</source>
        <translation>授权 %1 已记录，已在区块 %2 中验证。</translation>
    </message>
    <message>
        <source>Block %1 holds the transaction, but it failed there: nothing was recorded.</source>
        <translation>区块 %1 包含该交易，但执行失败：未记录任何内容。</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>授权用途</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>授权范围</translation>
    </message>
    <message>
        <source>Authorisation letter</source>
        <translation>授权书</translation>
    </message>
    <message>
        <source>Letter valid from</source>
        <translation>授权书有效期自</translation>
    </message>
    <message>
        <source>The letter is being read.</source>
        <translation>正在读取授权书。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Signing and sending authorisation %1… You may close this window: it carries on and shows on the Authorisations page.</source>
        <translation>正在签名并提交授权 %1… 可以关闭此窗口：提交会继续进行，结果显示在“授权管理”页。</translation>
    </message>
</context>
<context>
    <name>credit::ui::RegisterInstitutionDialog</name>
    <message>
        <source>Register an institution</source>
        <translation>登记机构</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91310000717854505W</source>
        <translation>18 位，例如 91310000717854505W</translation>
    </message>
    <message>
        <source>The institution&apos;s SM2 public key: 128 hex digits</source>
        <translation>机构的 SM2 公钥：128 位十六进制</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公钥：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>credit::ui::RejectOrderDialog</name>
    <message>
        <source>Reject order %1</source>
        <translation>拒绝订单 %1</translation>
    </message>
    <message>
        <source>Why is this order rejected? The bank sees the reason, and it is recorded on the chain in clear: do not write the enterprise&apos;s name or code.</source>
        <translation>拒绝该订单的原因是什么？银行可以看到该原因，且原因会以明文记录在链上：请勿填写企业名称或代码。</translation>
    </message>
    <message>
        <source>Reject order</source>
        <translation>拒绝订单</translation>
    </message>
    <message>
        <source>A reason is required to reject an order.</source>
        <translation>拒绝订单必须填写原因。</translation>
    </message>
</context>
<context>
    <name>credit::ui::ReportDataErrorList</name>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>credit::ui::ReportDataForm</name>
    <message>
        <source>Report data — %1</source>
        <translation>报告数据 — %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered capital (yuan)</source>
        <translation>注册资本（元）</translation>
    </message>
    <message>
        <source>Founded (%1)</source>
        <translation>成立日期（%1）</translation>
    </message>
    <message>
        <source>Enterprise type</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Revenue band</source>
        <translation>营业收入区间</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Employees with social insurance</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分支机构数</translation>
    </message>
    <message>
        <source>Main business</source>
        <translation>主营业务</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>经营场所</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>经营信息</translation>
    </message>
    <message>
        <source>Leave the table empty when the bureau found no records.</source>
        <translation>本机构未查到记录时，请保留空表。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>诉讼地位</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>审理法院</translation>
    </message>
    <message>
        <source>Filed (%1)</source>
        <translation>立案日期（%1）</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Role: one of %1. %2</source>
        <translation>诉讼地位：%1 之一。%2</translation>
    </message>
    <message>
        <source>Judicial</source>
        <translation>司法信息</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Grade: one of %1. %2</source>
        <translation>等级：%1 之一。%2</translation>
    </message>
    <message>
        <source>Tax ratings</source>
        <translation>纳税信用等级</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税种</translation>
    </message>
    <message>
        <source>Since (%1)</source>
        <translation>欠税起始日（%1）</translation>
    </message>
    <message>
        <source>Tax arrears</source>
        <translation>欠税信息</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>账期（YYYY-MM）</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>公共事业缴费</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>授信机构</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>发放日（%1）</translation>
    </message>
    <message>
        <source>Maturity (%1)</source>
        <translation>到期日（%1）</translation>
    </message>
    <message>
        <source>Five-tier classification</source>
        <translation>五级分类</translation>
    </message>
    <message>
        <source>Classification: one of %1. %2</source>
        <translation>五级分类：%1 之一。%2</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>被担保人</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>对外担保</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>提示内容</translation>
    </message>
    <message>
        <source>Level: notice, attention or serious. %1</source>
        <translation>级别：notice（提示）、attention（关注）或 serious（重大）。%1</translation>
    </message>
    <message>
        <source>Risk warnings</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Check and use</source>
        <translation>检查并使用</translation>
    </message>
    <message>
        <source>Enterprise: %1 — unified social credit code %2 (from the order)</source>
        <translation>企业：%1 — 统一社会信用代码 %2（取自订单）</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
</context>
<context>
    <name>credit::ui::ReportDataSourceButtons</name>
    <message>
        <source>Import bureau data (JSON)…</source>
        <translation>导入机构数据（JSON）…</translation>
    </message>
    <message>
        <source>Fill in report data…</source>
        <translation>填写报告数据…</translation>
    </message>
    <message>
        <source>Set the built-in report template from the structured data your bureau&apos;s systems export for this enterprise (schema: REPORT_DATA.md).</source>
        <translation>用贵机构系统为该企业导出的结构化数据生成内置模板报告（数据格式：REPORT_DATA.md）。</translation>
    </message>
    <message>
        <source>Type the bureau&apos;s findings for this enterprise into a form, section by section.</source>
        <translation>按栏目逐项填写本机构对该企业的查询结果。</translation>
    </message>
    <message>
        <source>Fill with demo sample</source>
        <translation>填入演示样例</translation>
    </message>
    <message>
        <source>Demo network only: invented sample data, every page marked 演示数据 / DEMO DATA.</source>
        <translation>仅限演示网络：虚构的样例数据，每一页均标有“演示数据 / DEMO DATA”。</translation>
    </message>
    <message>
        <source>Import the bureau&apos;s report data</source>
        <translation>导入本机构的报告数据</translation>
    </message>
    <message>
        <source>Report data (*.json);;All files (*)</source>
        <translation>报告数据 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>credit::ui::ReportDialog</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Report of order %1</source>
        <translation>订单 %1 的报告</translation>
    </message>
    <message>
        <source>SM3 %1 · %2</source>
        <translation>SM3 %1 · %2</translation>
    </message>
    <message>
        <source>The report cannot be shown: %1</source>
        <translation>无法显示报告：%1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Exported. Its SM3 and on-chain reference are in %1.</source>
        <translation>已导出。其 SM3 和链上引用信息保存在 %1 中。</translation>
    </message>
    <message>
        <source>Export failed: %1. Choose another folder and try again.</source>
        <translation>导出失败：%1。请选择其他文件夹后重试。</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>报告（PDF）</translation>
    </message>
    <message>
        <source>Structured data</source>
        <translation>结构化数据</translation>
    </message>
</context>
<context>
    <name>credit::ui::ReportViewer</name>
    <message>
        <source>Match %1 of %2 (page %3)</source>
        <translation>第 %1 处，共 %2 处（第 %3 页）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ 共 %1 页</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>正在打印报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>credit::ui::ResolveDisputeDialog</name>
    <message>
        <source>Resolve the dispute on order %1</source>
        <translation>对订单 %1 的纠纷作出调解结果</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>What was decided, and what each party does next. The bank and the bureau see this note in their order timelines. It is recorded on the chain in clear and can never be changed: do not write the enterprise&apos;s name or code.</source>
        <translation>请写明调解决定及各方后续事项。银行和征信机构会在订单时间线中看到此说明。说明以明文上链且无法修改：请勿填写企业名称或统一社会信用代码。</translation>
    </message>
    <message>
        <source>Record resolution on chain</source>
        <translation>调解结果上链</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>请选择调解结果。</translation>
    </message>
    <message>
        <source>Write a note: the parties need to know what was decided.</source>
        <translation>请填写说明：各方需要知道调解决定。</translation>
    </message>
</context>
<context>
    <name>credit::ui::ScreenshotTour</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>无法创建输出文件夹 %1。</translation>
    </message>
    <message>
        <source>The demo network could not start: %1</source>
        <translation>演示网络无法启动：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n screenshots.</source>
        <translation>
            <numerusform>已写入 %n 张截图。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::SealerSetsModel</name>
    <message>
        <source>Genesis list</source>
        <translation>创世列表</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>%1 (quorum %2)</source>
        <translation>%1（法定签名数 %2）</translation>
    </message>
    <message>
        <source>From block</source>
        <translation>起始区块</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sealers</source>
        <translation>共识节点数</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>credit::ui::SealersPage</name>
    <message>
        <source>Add as sealer…</source>
        <translation>设为共识节点…</translation>
    </message>
    <message>
        <source>Remove sealer…</source>
        <translation>移除共识节点…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Sealers in force</source>
        <translation>现行共识节点</translation>
    </message>
    <message>
        <source>Observers: synced nodes that could seal</source>
        <translation>观察节点：已同步、可转为共识节点</translation>
    </message>
    <message>
        <source>History of the sealer list (verified blocks)</source>
        <translation>共识节点列表变更历史（已验证区块）</translation>
    </message>
    <message>
        <source>Executed in block %1. Waiting for the light node to verify that block…</source>
        <translation>已在区块 %1 中执行，等待轻节点验证该区块…</translation>
    </message>
    <message>
        <source>The sealer change was not made: %1</source>
        <translation>共识节点变更未完成：%1</translation>
    </message>
    <message>
        <source>Block %1 holds the sealer change, but it failed there. The sealer list is unchanged.</source>
        <translation>区块 %1 包含该共识节点变更，但执行失败，共识节点列表未变。</translation>
    </message>
    <message>
        <source>Verified in block %1. The new list seals from the next block on; it shows here once that block is verified.</source>
        <translation>已在区块 %1 中验证。新列表从下一个区块起出块，该区块验证后将在此显示。</translation>
    </message>
    <message>
        <source>The node did not list its observers: %1</source>
        <translation>节点未返回观察节点列表：%1</translation>
    </message>
    <message>
        <source>%1 sealers are in force since block %2: a block needs %3 of their signatures.</source>
        <translation>自区块 %2 起共有 %1 个共识节点，每个区块需要其中 %3 个签名。</translation>
    </message>
    <message numerus="yes">
        <source>The chain keeps going with up to %n sealer(s) down.</source>
        <translation>
            <numerusform>最多 %n 个共识节点故障时链仍可继续出块。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: block %1 was sealed by the new list of %2 sealers, and the light node verified it.</source>
        <translation>已生效：区块 %1 由新的 %2 个共识节点出块，轻节点已验证。</translation>
    </message>
    <message>
        <source>Add %1 as a sealer?</source>
        <translation>将 %1 设为共识节点？</translation>
    </message>
    <message>
        <source>Remove %1 from the sealers?</source>
        <translation>将 %1 移出共识节点？</translation>
    </message>
    <message>
        <source>Today %1 sealers, %2 signatures needed per block. After the change %3 sealers, %4 needed; %5 of today&apos;s sealers stay.</source>
        <translation>现有 %1 个共识节点，每个区块需要 %2 个签名。变更后有 %3 个共识节点，需要 %4 个签名；现有共识节点中保留 %5 个。</translation>
    </message>
    <message>
        <source>Add a sealer</source>
        <translation>添加共识节点</translation>
    </message>
    <message>
        <source>Remove a sealer</source>
        <translation>移除共识节点</translation>
    </message>
    <message>
        <source>Another sealer change is still being sent. Wait until it is verified.</source>
        <translation>另一项共识节点变更仍在发送中，请等待其验证完成。</translation>
    </message>
    <message>
        <source>Signing and sending the sealer change…</source>
        <translation>正在签名并发送共识节点变更…</translation>
    </message>
</context>
<context>
    <name>credit::ui::SearchBar</name>
    <message>
        <source>Find in report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一处（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一处（Enter）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>credit::ui::SetupWindow</name>
    <message>
        <source>CreditChain Terminal</source>
        <translation>征信链终端</translation>
    </message>
</context>
<context>
    <name>credit::ui::SingleInstance</name>
    <message>
        <source>CreditChain Terminal is already running for this Windows or Linux user, but it does not answer. Switch to its window, or close it (Task Manager if need be) and start again.</source>
        <translation>征信链终端已在当前系统用户下运行，但没有响应。请切换到该窗口，或将其关闭（必要时通过任务管理器）后重新启动。</translation>
    </message>
</context>
<context>
    <name>credit::ui::StructuredDataView</name>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Compare with earlier report…</source>
        <translation>与历史报告比对…</translation>
    </message>
    <message>
        <source>Reading the report&apos;s structured data…</source>
        <translation>正在读取报告的结构化数据…</translation>
    </message>
    <message>
        <source>That report carries no structured data: it was delivered as PDF only.</source>
        <translation>该报告未附带结构化数据：仅以 PDF 交付。</translation>
    </message>
    <message>
        <source>The report&apos;s structured data cannot be read: %1</source>
        <translation>无法读取报告的结构化数据：%1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题说明</translation>
    </message>
    <message numerus="yes">
        <source>The report&apos;s structured data does not match the schema (%n problem(s)); it is not shown as tables. The PDF is unaffected.</source>
        <translation>
            <numerusform>报告的结构化数据不符合数据规范（%n 处问题），不以表格显示；PDF 报告不受影响。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 — schema version %3. 演示数据 / DEMO DATA: invented sample data.</source>
        <translation>%1 · %2 — 数据规范第 %3 版。演示数据 / DEMO DATA：虚构的演示样例。</translation>
    </message>
    <message>
        <source>%1 · %2 — schema version %3.</source>
        <translation>%1 · %2 — 数据规范第 %3 版。</translation>
    </message>
    <message>
        <source>The structured data delivered inside the report PDF.</source>
        <translation>随报告 PDF 一并交付的结构化数据。</translation>
    </message>
    <message>
        <source>Export structured data as CSV</source>
        <translation>将结构化数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export structured data as JSON</source>
        <translation>将结构化数据导出为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出至 %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出至 %1。</translation>
    </message>
    <message>
        <source>Export failed: %1. Choose another folder and try again.</source>
        <translation>导出失败：%1。请选择其他文件夹后重试。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Structured data of report %1</source>
        <translation>报告 %1 的结构化数据</translation>
    </message>
    <message>
        <source>No other report on this enterprise has been delivered to your bank (in the orders read so far).</source>
        <translation>本行尚无该企业的其他已交付报告（以已读取的订单为限）。</translation>
    </message>
    <message>
        <source>Shows what changed since an earlier report on the same enterprise.</source>
        <translation>列示同一企业自历史报告以来的变化。</translation>
    </message>
    <message>
        <source>Fetching and decrypting the report of order %1…</source>
        <translation>正在获取并解密订单 %1 的报告…</translation>
    </message>
    <message>
        <source>The earlier report cannot be compared: %1</source>
        <translation>无法与历史报告比对：%1</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>正在与%1比对…</translation>
    </message>
    <message>
        <source>its structured data does not match the schema (%1).</source>
        <translation>其结构化数据不符合数据规范（%1）。</translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation>自%1以来无变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1:</source>
        <translation>
            <numerusform>自%1以来共 %n 处变化：</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>已与%1比对。</translation>
    </message>
</context>
<context>
    <name>credit::ui::SupervisionFilterBar</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>征信机构</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>产品系列</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Orders placed on or after this day (China time)</source>
        <translation>自该日起（北京时间）下单的订单</translation>
    </message>
    <message>
        <source>Orders placed on or before this day (China time)</source>
        <translation>截至该日（北京时间）下单的订单</translation>
    </message>
    <message>
        <source>The enterprise&apos;s region, from its credit code (decrypted orders only)</source>
        <translation>企业所在地区，取自统一社会信用代码（仅限已解密订单）</translation>
    </message>
    <message>
        <source>Placed from</source>
        <translation>下单日期 从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>placed %1 to %2 (China time)</source>
        <translation>下单日期 %1 至 %2（北京时间）</translation>
    </message>
    <message>
        <source>the first order</source>
        <translation>首笔订单</translation>
    </message>
    <message>
        <source>the head block</source>
        <translation>最新区块</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Every order on the chain</source>
        <translation>链上全部订单</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>credit::ui::SupervisionNumbersModel</name>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>受理率</translation>
    </message>
    <message>
        <source>no decisions yet</source>
        <translation>尚无受理结果</translation>
    </message>
    <message>
        <source>Time to accept</source>
        <translation>受理用时</translation>
    </message>
    <message>
        <source>Time to deliver</source>
        <translation>交付用时</translation>
    </message>
    <message>
        <source>SLA breaches (delivered late or overdue)</source>
        <translation>超时（逾期交付或已逾期）</translation>
    </message>
    <message>
        <source>Disputes raised</source>
        <translation>提出异议</translation>
    </message>
    <message>
        <source>Disputes resolved</source>
        <translation>异议已调解</translation>
    </message>
    <message>
        <source>Time to resolve a dispute</source>
        <translation>异议调解用时</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>调解结果：%1</translation>
    </message>
    <message>
        <source>Local (enterprise in the bank&apos;s region)</source>
        <translation>本地（企业与银行同一地区）</translation>
    </message>
    <message>
        <source>Cross-region (enterprise outside the bank&apos;s region)</source>
        <translation>异地（企业不在银行所在地区）</translation>
    </message>
    <message>
        <source>Authorisation letter missing</source>
        <translation>缺少授权书</translation>
    </message>
    <message>
        <source>Authorisation letter expired when placed</source>
        <translation>下单时授权书已过期</translation>
    </message>
    <message>
        <source>Authorisation letter not yet valid when placed</source>
        <translation>下单时授权书尚未生效</translation>
    </message>
    <message>
        <source>Repeated queries of one enterprise by one bank</source>
        <translation>同一银行重复查询同一企业</translation>
    </message>
    <message>
        <source>Placed outside working hours</source>
        <translation>非工作时间下单</translation>
    </message>
    <message>
        <source>Double-click or press Enter to list these orders</source>
        <translation>双击或按回车键查看这些订单</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Authorisations recorded</source>
        <translation>登记授权数</translation>
    </message>
    <message>
        <source>Authorisations revoked</source>
        <translation>撤销授权数</translation>
    </message>
    <message>
        <source>Authorisations valid now</source>
        <translation>当前有效授权数</translation>
    </message>
    <message>
        <source>Authorisations expired (not revoked)</source>
        <translation>已过期授权数（未撤销）</translation>
    </message>
    <message>
        <source>Orders placed with a recorded authorisation</source>
        <translation>凭已登记授权下的订单</translation>
    </message>
    <message>
        <source>Share of orders placed with a recorded authorisation</source>
        <translation>凭已登记授权下单的占比</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>无订单</translation>
    </message>
    <message>
        <source>Orders whose authorisation was revoked since</source>
        <translation>授权其后被撤销的订单</translation>
    </message>
</context>
<context>
    <name>credit::ui::SyncStatusPresenter</name>
    <message>
        <source>Two endpoints serve different blocks at height %1, and both carry a valid sealer quorum: %2 serves %3, the verified block stored here is %4. The chain has forked or its sealers signed twice. Syncing has stopped so that neither version is chosen silently. Report both hashes to the network operator.</source>
        <translation>两个节点在高度 %1 提供了不同的区块，且都带有有效的共识节点法定签名：%2 提供的是 %3，本地已验证保存的区块是 %4。链已分叉，或共识节点进行了重复签名。为避免默默选择其中任何一个版本，同步已停止。请将这两个哈希报告给网络运营方。</translation>
    </message>
    <message>
        <source>The endpoint %1 served block %2, which breaks the rule &quot;%3&quot;. Nothing it served was stored and it is no longer used in this session; syncing continues from the other endpoints. Report this to the endpoint&apos;s operator.</source>
        <translation>节点 %1 提供的区块 %2 违反了规则“%3”。该节点提供的数据均未保存，本次会话中不再使用该节点；同步将通过其他节点继续。请将此情况报告给该节点的运营方。</translation>
    </message>
</context>
<context>
    <name>credit::ui::TableStateKeeper</name>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>显示全部列</translation>
    </message>
</context>
<context>
    <name>credit::ui::TerminalShell</name>
    <message>
        <source>The demo network could not start: %1</source>
        <translation>演示网络启动失败：%1</translation>
    </message>
    <message>
        <source>The demo network is running at %1.</source>
        <translation>演示网络已在 %1 运行。</translation>
    </message>
    <message>
        <source>The demo network is starting (the first start writes a year of history, which takes a few seconds)…</source>
        <translation>演示网络正在启动（首次启动需写入一年的历史数据，约需数秒）…</translation>
    </message>
    <message>
        <source>The network profile cannot be used: %1</source>
        <translation>无法使用该网络配置：%1</translation>
    </message>
</context>
<context>
    <name>credit::ui::ThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>credit::ui::TracePage</name>
    <message>
        <source>Trace</source>
        <translation>追溯</translation>
    </message>
    <message>
        <source>Order id, transaction hash (0x…), or the enterprise&apos;s credit code or name</source>
        <translation>订单号、交易哈希（0x…），或企业统一社会信用代码、名称</translation>
    </message>
    <message>
        <source>Verify evidence pack…</source>
        <translation>核验存证包…</translation>
    </message>
    <message>
        <source>by enterprise, among the orders whose request a dispute shares with you. Other orders&apos; private fields are never read.</source>
        <translation>（按企业，在纠纷授权您查阅申请材料的订单中查找；其他订单的隐私字段不会被读取。）</translation>
    </message>
    <message>
        <source>Trace any order on the chain by its id or by the hash of one of its transactions.</source>
        <translation>可按订单号或其任一交易哈希追溯链上任意订单。</translation>
    </message>
    <message>
        <source>The local store cannot be read: %1</source>
        <translation>无法读取本地数据：%1</translation>
    </message>
    <message>
        <source>by transaction hash.</source>
        <translation>（按交易哈希）</translation>
    </message>
    <message>
        <source>by order id.</source>
        <translation>（按订单号）</translation>
    </message>
    <message>
        <source>Searching the requests shared with you for “%1”…</source>
        <translation>正在授权给您的申请材料中搜索“%1”…</translation>
    </message>
    <message>
        <source>No verified order found %1</source>
        <translation>未找到已验证的订单%1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) found %1</source>
        <translation>
            <numerusform>找到 %n 个订单%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::TraceResultsModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>征信机构</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Last block</source>
        <translation>最新区块</translation>
    </message>
</context>
<context>
    <name>credit::ui::UnlockDialog</name>
    <message>
        <source>Unlock your key</source>
        <translation>解锁密钥</translation>
    </message>
    <message>
        <source>Enter the password of your key file to sign and read documents.</source>
        <translation>请输入密钥文件的密码，以便签名和查阅文件。</translation>
    </message>
    <message>
        <source>Enter the password of the key file of %1.</source>
        <translation>请输入%1的密钥文件密码。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation>选择您的密钥文件</translation>
    </message>
    <message>
        <source>Key files (*.pem);;All files (*)</source>
        <translation>密钥文件 (*.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The password is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>密码错误。请检查键盘布局和大写锁定键后重试。</translation>
    </message>
    <message>
        <source>The key file was not found. Choose the right file and try again.</source>
        <translation>找不到密钥文件。请选择正确的文件后重试。</translation>
    </message>
    <message>
        <source>The key file could not be opened: %1</source>
        <translation>无法打开密钥文件：%1</translation>
    </message>
    <message>
        <source>Sign-in cancelled. The key is locked again.</source>
        <translation>已取消登录，密钥已重新锁定。</translation>
    </message>
    <message>
        <source>Built-in demo key: %1</source>
        <translation>内置演示密钥：%1</translation>
    </message>
</context>
<context>
    <name>credit::ui::UserGuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>credit::ui::UserImportDialog</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Import users for %1</source>
        <translation>为%1批量导入用户</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Send no more users; those already sent are still followed</source>
        <translation>不再发送其余用户；已发送的继续跟踪</translation>
    </message>
    <message>
        <source>User import report</source>
        <translation>用户导入结果</translation>
    </message>
    <message>
        <source>Another change of this user is still pending. Import the row again once it is done.</source>
        <translation>该用户的另一项变更尚待确认。完成后请重新导入该行。</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>正在签名并发送…</translation>
    </message>
    <message>
        <source>In block %1; waiting for the light node to verify it.</source>
        <translation>已记入区块 %1，等待轻节点验证。</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>Block %1 holds it, but it failed there.</source>
        <translation>区块 %1 已记录，但执行失败。</translation>
    </message>
    <message>
        <source>Stopped before it was sent.</source>
        <translation>发送前已停止。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何用户：%1</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>%1 个已开立</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 个被拒绝</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 个待确认</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 个等待中</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>%1 个未发送</translation>
    </message>
</context>
<context>
    <name>credit::ui::UserImportModel</name>
    <message>
        <source>Checking</source>
        <translation>校验中</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已开立</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>文件行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason or block</source>
        <translation>原因或区块</translation>
    </message>
</context>
<context>
    <name>credit::ui::UsersModel</name>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>%1 (change pending)</source>
        <translation>%1（变更待确认）</translation>
    </message>
    <message>
        <source>The last change of the user: opened, frozen or unfrozen</source>
        <translation>该用户最近一次变更：开立、冻结或解冻</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>变更时间</translation>
    </message>
</context>
<context>
    <name>credit::ui::UsersPage</name>
    <message>
        <source>Open user…</source>
        <translation>开立用户…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>冻结…</translation>
    </message>
    <message>
        <source>No users yet for this institution: Open user… or Import CSV… adds them.</source>
        <translation>该机构尚无用户：可通过“开立用户…”或“导入 CSV…”添加。</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>没有与“%1”匹配的用户。</translation>
    </message>
    <message>
        <source>Search by name or account</source>
        <translation>按姓名或账户地址搜索</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>%1: executed in block %2; waiting for the light node to verify it…</source>
        <translation>%1：已在区块 %2 执行，等待轻节点验证…</translation>
    </message>
    <message>
        <source>Nothing was changed for %1: %2 Correct what it says, then try again.</source>
        <translation>%1 未作任何变更：%2 请按提示改正后重试。</translation>
    </message>
    <message>
        <source>%1: done, verified in block %2.</source>
        <translation>%1：已完成，区块 %2 已验证。</translation>
    </message>
    <message>
        <source>%1: block %2 holds the change, but it failed there. Check the user and the institution, then try again.</source>
        <translation>%1：区块 %2 已记录该变更，但执行失败。请核对用户和机构后重试。</translation>
    </message>
    <message>
        <source>Hand the key file %1 to the user, and its password separately.</source>
        <translation>请将密钥文件 %1 交给用户，密码另行告知。</translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation>正在读取用户…</translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message>
        <source>Unfreeze…</source>
        <translation>解冻…</translation>
    </message>
    <message>
        <source>%1 is already being opened: wait until the block that holds it is verified.</source>
        <translation>%1 正在开立：请等待记录它的区块验证完成。</translation>
    </message>
    <message>
        <source>Signing and sending the opening of %1…</source>
        <translation>正在签名并发送 %1 的开立…</translation>
    </message>
    <message>
        <source>Unfreeze a user</source>
        <translation>解冻用户</translation>
    </message>
    <message>
        <source>Freeze a user</source>
        <translation>冻结用户</translation>
    </message>
    <message>
        <source>Unfreeze %1 of %2? The user can query and sign for the institution again.</source>
        <translation>解冻%2的用户 %1？该用户可重新代表本机构查询和签名。</translation>
    </message>
    <message>
        <source>Freeze %1 of %2? From the block that holds this change, the chain refuses what this user signs. The history stays, and the user can be unfrozen later.</source>
        <translation>冻结%2的用户 %1？自记录本次变更的区块起，链上拒绝该用户签名的操作。历史记录保留，之后可解冻。</translation>
    </message>
    <message>
        <source>A change of %1 is still pending: wait until it is verified.</source>
        <translation>%1 的变更尚待确认：请等待验证完成。</translation>
    </message>
    <message>
        <source>Signing and sending the change of %1…</source>
        <translation>正在签名并发送 %1 的变更…</translation>
    </message>
    <message>
        <source>Import users from a CSV file</source>
        <translation>从 CSV 文件导入用户</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A CSV file with the columns name,public_key (or 姓名,公钥), as a spreadsheet saves it</source>
        <translation>电子表格保存的 CSV 文件，列为 name,public_key（或 姓名,公钥）</translation>
    </message>
</context>
<context>
    <name>credit::ui::WelcomePage</name>
    <message>
        <source>Welcome to CreditChain Terminal</source>
        <translation>欢迎使用征信链终端</translation>
    </message>
    <message>
        <source>Query, supply and supervise credit reports on the credit-information consortium chain. Every fact you see is verified by this terminal&apos;s own light node.</source>
        <translation>在征信联盟链上查询、提供和监管信用报告。您看到的每一项链上事实都经过本终端自带轻节点的验证。</translation>
    </message>
    <message>
        <source>Try the demo network</source>
        <translation>体验演示网络</translation>
    </message>
    <message>
        <source>Starts a private demo chain on this computer with a year of orders, and lets you act as any of its institutions.</source>
        <translation>在本机启动一条包含一年订单数据的私有演示链，您可以以其中任一机构的身份进行操作。</translation>
    </message>
    <message>
        <source>Connect to a network</source>
        <translation>连接到网络</translation>
    </message>
    <message>
        <source>Join your consortium&apos;s chain with its network profile or node addresses, and your institution&apos;s SM2 key.</source>
        <translation>使用联盟的网络配置文件或节点地址，以及本机构的 SM2 密钥，接入征信链。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language applies the next time the terminal starts.</source>
        <translation>新的语言设置将在下次启动终端时生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Set for this computer by your institution&apos;s IT department.</source>
        <translation>此项已由贵机构 IT 部门为本机统一设定。</translation>
    </message>
</context>
</TS>
