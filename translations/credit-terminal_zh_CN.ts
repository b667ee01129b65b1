<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>OrderPlacement</name>
    <message>
        <source>Sealing the request failed: %1</source>
        <translation>加密查询申请失败：%1</translation>
    </message>
    <message>
        <source>The document store did not take the request: %1. Check the network connection and submit again.</source>
        <translation>文档存储未接收查询申请：%1。请检查网络连接后重新提交。</translation>
    </message>
    <message>
        <source>The document store named the request wrongly; nothing was sent.</source>
        <translation>文档存储对查询申请的命名有误；未发送任何内容。</translation>
    </message>
    <message>
        <source>The chain refused the order: %1</source>
        <translation>链拒绝了该订单：%1</translation>
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
        <translation>区块 %1 · 交易 %2 · %4 个记账节点中 %3 个签名</translation>
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
</context>
<context>
    <name>ReportDelivery</name>
    <message>
        <source>the node gave a public key for %1 that does not belong to it</source>
        <translation>节点为 %1 提供的公钥不属于该账户</translation>
    </message>
    <message>
        <source>the document store named the report %1, not its hash %2</source>
        <translation>文档存储将报告命名为 %1，而不是其哈希 %2</translation>
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
        <source>The terminal&apos;s own source code is licensed under the Apache License 2.0. The program as distributed links Poppler, which is licensed under the GNU GPL version 2 or later; Apache-2.0 code may be combined with GPL version 3 only, so the distributed program as a whole is licensed under the GNU General Public License version 3.</source>
        <translation>本终端自身的源代码采用 Apache License 2.0 许可。发行的程序链接了 Poppler（采用 GNU GPL 第 2 版或更高版本许可）；Apache-2.0 代码只能与 GPL 第 3 版结合，因此发行的程序整体采用 GNU 通用公共许可证第 3 版（GPL-3.0）。</translation>
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
    <name>credit::ui::BankOrderActions</name>
    <message>
        <source>The chain has not been read yet. Wait for the first sync.</source>
        <translation>尚未读取链数据。请等待首次同步。</translation>
    </message>
    <message>
        <source>No verified block records a report for order %1.</source>
        <translation>没有经验证的区块记录订单 %1 的报告。</translation>
    </message>
    <message>
        <source>The report could not be opened: %1</source>
        <translation>无法打开报告：%1</translation>
    </message>
    <message>
        <source>The decrypted report does not match the hash the bureau recorded on chain. Do not rely on it; raise a dispute.</source>
        <translation>解密后的报告与征信机构在链上记录的哈希不符。请勿采信，请发起争议。</translation>
    </message>
    <message>
        <source>Order %1 is not one of your bank&apos;s verified orders.</source>
        <translation>订单 %1 不是贵行经验证的订单。</translation>
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
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
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
    <message>
        <source>the local store is not ready yet; wait for the first sync</source>
        <translation>本地存储尚未就绪；请等待首次同步完成</translation>
    </message>
    <message>
        <source>The readers of the report cannot be determined: %1</source>
        <translation>无法确定报告的阅读方：%1</translation>
    </message>
    <message numerus="yes">
        <source>Encrypting the report for the bank, your bureau and %n regulator(s), storing it and anchoring its hash on chain…</source>
        <translation>
            <numerusform>正在为银行、本机构及 %n 家监管机构加密报告，存储报告并将其哈希上链…</numerusform>
        </translation>
    </message>
    <message>
        <source>A transaction for this order is still pending; wait for it to be confirmed.</source>
        <translation>该订单仍有一笔交易待确认，请等待确认。</translation>
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
        <source>Import bureau data (JSON)…</source>
        <translation>导入机构数据（JSON）…</translation>
    </message>
    <message>
        <source>Set the built-in report template from the structured data your bureau&apos;s systems export for this enterprise (schema: REPORT_DATA.md).</source>
        <translation>用贵机构系统为该企业导出的结构化数据生成内置模板报告（数据格式：REPORT_DATA.md）。</translation>
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
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import the bureau&apos;s report data</source>
        <translation>导入本机构的报告数据</translation>
    </message>
    <message>
        <source>Report data (*.json);;All files (*)</source>
        <translation>报告数据 (*.json);;所有文件 (*)</translation>
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
        <source>Fill in report data…</source>
        <translation>填写报告数据…</translation>
    </message>
    <message>
        <source>Type the bureau&apos;s findings for this enterprise into a form, section by section.</source>
        <translation>按栏目逐项填写本机构对该企业的查询结果。</translation>
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
        <source>Request decrypted (requested %1).</source>
        <translation>查询申请已解密（申请时间 %1）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <source>Search order id, product or bureau</source>
        <translation>搜索订单编号、产品或征信机构</translation>
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
</context>
<context>
    <name>credit::ui::OrderInboxModel</name>
    <message>
        <source>New</source>
        <translation>新订单</translation>
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
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Overdue by %1 h %2 min</source>
        <translation>已逾期 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>剩余 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
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
</context>
<context>
    <name>credit::ui::OrderRequestLoader</name>
    <message>
        <source>The local store is not ready yet; wait for the first blocks to be verified.</source>
        <translation>本地存储尚未就绪；请等待首批区块验证完成。</translation>
    </message>
    <message>
        <source>Order %1 is not in the verified store.</source>
        <translation>经验证的本地存储中没有订单 %1。</translation>
    </message>
    <message>
        <source>This order carries no request document.</source>
        <translation>该订单未附查询申请文档。</translation>
    </message>
    <message>
        <source>The request document cannot be opened: %1</source>
        <translation>无法打开查询申请文档：%1</translation>
    </message>
    <message>
        <source>The request document is not valid: %1</source>
        <translation>查询申请文档无效：%1</translation>
    </message>
    <message>
        <source>The node named the request of order %1 for order %2: refused. Try another endpoint.</source>
        <translation>节点将订单 %1 的查询申请指给了订单 %2：已拒绝。请尝试其他节点。</translation>
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
        <source>✔ sealed by %1 of %2</source>
        <translation>✔ %2 个记账节点中 %1 个签名</translation>
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
        <translation>机构</translation>
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
        <source>overdue by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
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
</context>
<context>
    <name>credit::ui::PendingOrders</name>
    <message>
        <source>The chain is still being read for the first time. Wait a moment.</source>
        <translation>正在首次读取链数据，请稍候。</translation>
    </message>
    <message>
        <source>No free order id was found. Try again in a second.</source>
        <translation>未找到可用的订单编号。请稍后重试。</translation>
    </message>
    <message>
        <source>The signed-in key is not a bank registered on this chain.</source>
        <translation>当前登录的密钥不属于本链上登记的银行。</translation>
    </message>
    <message>
        <source>Block %1 records the order as failed. Check the product and place it again.</source>
        <translation>区块 %1 记录该订单失败。请检查产品后重新下单。</translation>
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
        <source>Enter the enterprise&apos;s name.</source>
        <translation>请输入企业名称。</translation>
    </message>
    <message>
        <source>Enter a valid unified social credit code.</source>
        <translation>请输入有效的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Say what the report is for.</source>
        <translation>请说明报告的用途。</translation>
    </message>
    <message>
        <source>The letter is being read.</source>
        <translation>正在读取授权书。</translation>
    </message>
    <message>
        <source>This product needs the enterprise&apos;s authorisation letter: attach it.</source>
        <translation>该产品需要企业授权书：请添加。</translation>
    </message>
    <message>
        <source>The letter&apos;s validity must start before it ends.</source>
        <translation>授权书的生效日期必须早于截止日期。</translation>
    </message>
    <message>
        <source>The letter has expired: its validity must end in the future.</source>
        <translation>授权书已过期：截止日期必须晚于今天。</translation>
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
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
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
        <source>%1 (product %2), by %3: %4</source>
        <translation>%1（产品编号 %2），%3 提供：%4</translation>
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
        <source>On chain: last changed in block %1, transaction %2, sealed by %3 of %4 sealers.</source>
        <translation>链上记录：最近一次变更在区块 %1，交易 %2，由 %4 个记账节点中的 %3 个签名。</translation>
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
    <name>credit::ui::SyncStatusPresenter</name>
    <message>
        <source>Two endpoints serve different blocks at height %1, and both carry a valid sealer quorum: %2 serves %3, the verified block stored here is %4. The chain has forked or its sealers signed twice. Syncing has stopped so that neither version is chosen silently. Report both hashes to the network operator.</source>
        <translation>两个节点在高度 %1 提供了不同的区块，且都带有有效的记账节点法定签名：%2 提供的是 %3，本地已验证保存的区块是 %4。链已分叉，或记账节点进行了重复签名。为避免默默选择其中任何一个版本，同步已停止。请将这两个哈希报告给网络运营方。</translation>
    </message>
    <message>
        <source>The endpoint %1 served block %2, which breaks the rule &quot;%3&quot;. Nothing it served was stored and it is no longer used in this session; syncing continues from the other endpoints. Report this to the endpoint&apos;s operator.</source>
        <translation>节点 %1 提供的区块 %2 违反了规则“%3”。该节点提供的数据均未保存，本次会话中不再使用该节点；同步将通过其他节点继续。请将此情况报告给该节点的运营方。</translation>
    </message>
</context>
<context>
    <name>credit::ui::TerminalContext</name>
    <message>
        <source>The network profile names no endpoint.</source>
        <translation>网络配置中没有节点地址。</translation>
    </message>
    <message>
        <source>The session was locked before this could be sent.</source>
        <translation>发送前终端已锁定，本次操作未发送。</translation>
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
</context>
</TS>
