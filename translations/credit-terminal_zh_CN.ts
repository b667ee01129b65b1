<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Connect to your consortium's network</source>
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
        <source>Your institution's role:</source>
        <translation>本机构角色：</translation>
    </message>
    <message>
        <source>Institution name:</source>
        <translation>机构名称：</translation>
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
        <source>"%1" is not an http:// or https:// node address.</source>
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
</context>
<context>
    <name>credit::ui::ReportViewer</name>
    <message>
        <source>Match %1 of %2 (page %3)</source>
        <translation>第 %1 处，共 %2 处（第 %3 页）</translation>
    </message>
    <message>
        <source>"%1" not found</source>
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
        <source>The endpoint %1 served block %2, which breaks the rule "%3". Nothing it served was stored and it is no longer used in this session; syncing continues from the other endpoints. Report this to the endpoint's operator.</source>
        <translation>节点 %1 提供的区块 %2 违反了规则“%3”。该节点提供的数据均未保存，本次会话中不再使用该节点；同步将通过其他节点继续。请将此情况报告给该节点的运营方。</translation>
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
</context>
<context>
    <name>credit::ui::WelcomePage</name>
    <message>
        <source>Welcome to CreditChain Terminal</source>
        <translation>欢迎使用征信链终端</translation>
    </message>
    <message>
        <source>Query, supply and supervise credit reports on the credit-information consortium chain. Every fact you see is verified by this terminal's own light node.</source>
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
        <source>Join your consortium's chain with its network profile or node addresses, and your institution's SM2 key.</source>
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