<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../fiado_app/ui/about.py" line="37"/>
        <source>Sobre o Fiado</source>
        <translation>About Fiado</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/about.py" line="42"/>
        <source>Fiado {version}</source>
        <translation>Fiado {version}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/about.py" line="46"/>
        <source>Caderneta de vendas a prazo para o pequeno comércio: quem deve, quanto e desde quando, e uma cobrança educada e dentro da lei.&lt;br&gt;Programa livre, licença MIT. Seus dados ficam só neste computador.</source>
        <translation>A credit-sales notebook for small shops: who owes what and since when, and polite, lawful collection.&lt;br&gt;Free software, MIT licence. Your data stays on this computer only.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/about.py" line="54"/>
        <source>&lt;b&gt;Dados da loja:&lt;/b&gt; {db}&lt;br&gt;&lt;b&gt;Cópias de segurança:&lt;/b&gt; {backups}</source>
        <translation>&lt;b&gt;Shop data:&lt;/b&gt; {db}&lt;br&gt;&lt;b&gt;Backups:&lt;/b&gt; {backups}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/about.py" line="65"/>
        <source>Privacidade (LGPD)</source>
        <translation>Privacy (LGPD)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/about.py" line="74"/>
        <source>Abrir a pasta dos dados</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/about.py" line="76"/>
        <source>Licenças…</source>
        <translation>Licences…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/about.py" line="79"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/about.py" line="96"/>
        <source>Pasta dos dados</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/about.py" line="98"/>
        <source>Não foi possível abrir o gerenciador de arquivos. A pasta dos dados é:
{folder}</source>
        <translation>Could not open the file manager. The data folder is:
{folder}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/about.py" line="109"/>
        <source>(Os textos completos das licenças de cada biblioteca vão junto do programa instalado; rodando do código-fonte, estão nas pastas *.dist-info do ambiente.)</source>
        <translation>(The full licence texts of each library ship with the installed program; running from source, they are in the environment&apos;s *.dist-info folders.)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/about.py" line="132"/>
        <source>Licenças</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="50"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="51"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="52"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="53"/>
        <source>Em aberto</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="54"/>
        <source>Dias de atraso</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="55"/>
        <source>Último contato</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="56"/>
        <source>Comportamento</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="98"/>
        <source>Promessa de {amount} para {date}</source>
        <translation>Promise of {amount} for {date}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="101"/>
        <source>Promessa para {date}</source>
        <translation>Promise for {date}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="117"/>
        <source>nunca</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="161"/>
        <source>Ver texto / Copiar</source>
        <translation>View text / Copy</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="162"/>
        <source>Abrir no WhatsApp</source>
        <translation>Open in WhatsApp</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="163"/>
        <source>Roteiro de ligação</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="164"/>
        <source>Imprimir carta</source>
        <translation>Print letter</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="165"/>
        <source>Registrar contato</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="166"/>
        <source>Fazer acordo…</source>
        <translation>Make an agreement…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="168"/>
        <source>Dividir o que o cliente deve em parcelas, com carnê e termo</source>
        <translation>Split what the customer owes into instalments, with a payment book and a signed term</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="199"/>
        <source>&lt;h3&gt;Primeiros passos&lt;/h3&gt;&lt;p&gt;1. &lt;b&gt;Cadastre seus clientes&lt;/b&gt;: Clientes › Novo cliente (Ctrl+Shift+N). Nome e telefone bastam para começar.&lt;/p&gt;&lt;p&gt;2. &lt;b&gt;Lance as vendas fiado&lt;/b&gt;: Arquivo › Nova venda (Ctrl+N). O que cada um já deve na caderneta de papel entra como uma venda, com a data e o vencimento de lá.&lt;/p&gt;&lt;p&gt;3. &lt;b&gt;Confira os dados da loja&lt;/b&gt; (nome, CPF/CNPJ, endereço, chave Pix): eles vão nos lembretes, nos recibos e nas cartas.&lt;/p&gt;&lt;p&gt;Depois, esta tela mostra todo dia quem lembrar, por qual canal e com que texto.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;First steps&lt;/h3&gt;&lt;p&gt;1. &lt;b&gt;Register your customers&lt;/b&gt;: Customers › New customer (Ctrl+Shift+N). A name and a phone are enough to start.&lt;/p&gt;&lt;p&gt;2. &lt;b&gt;Record the sales on credit&lt;/b&gt;: File › New sale (Ctrl+N). What each one already owes in the paper notebook goes in as a sale, with its date and due date.&lt;/p&gt;&lt;p&gt;3. &lt;b&gt;Check the shop&apos;s data&lt;/b&gt; (name, CPF/CNPJ, address, Pix key): they go on reminders, receipts and letters.&lt;/p&gt;&lt;p&gt;Then this screen shows every day whom to remind, by which channel and with which text.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="265"/>
        <source>Não foi possível montar a agenda: {error}</source>
        <translation>Could not build the agenda: {error}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="277"/>
        <source>Cobranças de hoje, {date}: 1 cliente</source>
        <translation>Today&apos;s collections, {date}: 1 customer</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="279"/>
        <source>Cobranças de hoje, {date}: {count} clientes</source>
        <translation>Today&apos;s collections, {date}: {count} customers</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="283"/>
        <source>Cobranças de hoje, {date}: ninguém para lembrar hoje.</source>
        <translation>Today&apos;s collections, {date}: no one to remind today.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="295"/>
        <source>Atenção: {note} O Fiado avisa antes de abrir o WhatsApp.</source>
        <translation>Note: {note} Fiado warns you before opening WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="301"/>
        <source>Descansando após contato recente ou promessa: {resting}. Em pausa: {paused}.</source>
        <translation>Resting after a recent contact or promise: {resting}. Paused: {paused}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="366"/>
        <source>Roteiro de ligação: {name}</source>
        <translation>Call script: {name}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="392"/>
        <source>⚠ 1 acordo com parcela muito atrasada: decidir…</source>
        <translation>⚠ 1 agreement with a long-overdue instalment: decide…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="394"/>
        <source>⚠ {count} acordos com parcela muito atrasada: decidir…</source>
        <translation>⚠ {count} agreements with a long-overdue instalment: decide…</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="69"/>
        <source>Fazer acordo: {name}</source>
        <translation>Make an agreement: {name}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="70"/>
        <source>Fazer acordo</source>
        <translation>Make agreement</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="83"/>
        <source> parcelas</source>
        <translation> instalments</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="86"/>
        <source>mensais</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="86"/>
        <source>a cada {n} dias</source>
        <translation>every {n} days</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="96"/>
        <source>Ex.: pagou a entrada à vista</source>
        <translation>E.g.: paid the down payment in cash</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="100"/>
        <source> dias de atraso</source>
        <translation> days late</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="101"/>
        <source>as parcelas a vencer vencem de uma vez</source>
        <translation>the instalments not yet due fall due at once</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="103"/>
        <source>o abatimento volta a ser devido</source>
        <translation>the discount is owed again</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="108"/>
        <source>&amp;Parcelas</source>
        <translation>&amp;Instalments</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="109"/>
        <source>&amp;1ª parcela vence em</source>
        <translation>&amp;1st instalment due on</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="113"/>
        <source>&amp;Entrada (hoje)</source>
        <translation>&amp;Down payment (today)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="114"/>
        <source>A&amp;batimento</source>
        <translation>Dis&amp;count</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="115"/>
        <source>&amp;Motivo do abatimento</source>
        <translation>&amp;Reason for the discount</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="116"/>
        <source>Rompido após</source>
        <translation>Broken after</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="117"/>
        <source>Se rompido:</source>
        <translation>If broken:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="123"/>
        <source>{date} {what}: {amount} (vence {due})</source>
        <translation>{date} {what}: {amount} (due {due})</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="125"/>
        <source>Compra</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="136"/>
        <source>Parcela</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="136"/>
        <source>Vencimento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="136"/>
        <source>Valor</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="151"/>
        <source>&amp;Compras incluídas no acordo:</source>
        <translation>&amp;Purchases in the agreement:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="154"/>
        <source>Parcelas:</source>
        <translation>Instalments:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="215"/>
        <source>Marque ao menos uma compra para o acordo.</source>
        <translation>Tick at least one purchase for the agreement.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="244"/>
        <source>{n} de {count}</source>
        <translation>{n} of {count}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="255"/>
        <source>Em aberto: {amount}</source>
        <translation>Open: {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="257"/>
        <source>abatimento {amount}</source>
        <translation>discount {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="258"/>
        <source>total do acordo {amount}</source>
        <translation>agreement total {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="261"/>
        <source>entrada hoje {amount}</source>
        <translation>down payment today {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="263"/>
        <source>parcelado {amount}</source>
        <translation>in instalments {amount}</translation>
    </message>
</context>
<context>
    <name>AgreementMadeDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_documents.py" line="72"/>
        <source>Acordo nº {n} feito</source>
        <translation>Agreement no. {n} made</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_documents.py" line="77"/>
        <source>Acordo nº {n} registrado: {count} parcelas, a primeira em {due}. Envie o resumo ao cliente e imprima o carnê e o termo para ele assinar.</source>
        <translation>Agreement no. {n} recorded: {count} instalments, the first on {due}. Send the summary to the customer and print the payment book and the term for them to sign.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_documents.py" line="91"/>
        <source>Copiar resumo</source>
        <translation>Copy summary</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_documents.py" line="95"/>
        <source>Abrir no WhatsApp</source>
        <translation>Open in WhatsApp</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_documents.py" line="98"/>
        <source>Carnê…</source>
        <translation>Payment book…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_documents.py" line="100"/>
        <source>Termo…</source>
        <translation>Term…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_documents.py" line="102"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_documents.py" line="123"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
</context>
<context>
    <name>AgreementReviewDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="224"/>
        <source>Acordos com parcela muito atrasada</source>
        <translation>Agreements with a long-overdue instalment</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="229"/>
        <source>Estes acordos têm uma parcela atrasada além do prazo combinado. Fale com o cliente antes; se for o caso, considere o acordo rompido (vale o que o termo diz). Só você decide.</source>
        <translation>These agreements have an instalment late beyond the agreed limit. Talk to the customer first; if need be, treat the agreement as broken (the term says what follows). Only you decide.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="235"/>
        <source>Considerar rompido…</source>
        <translation>Treat as broken…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="236"/>
        <source>Abrir cliente</source>
        <translation>Open customer</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="237"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="256"/>
        <source>{name} — acordo nº {n}: {days} dias de atraso, {amount} em aberto</source>
        <translation>{name} — agreement no. {n}: {days} days late, {amount} open</translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="51"/>
        <source>Acordo / parcela</source>
        <translation>Agreement / instalment</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="51"/>
        <source>Vencimento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="51"/>
        <source>Valor</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="52"/>
        <source>Pago</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="52"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="57"/>
        <source>Nenhum acordo. “Fazer acordo…” divide o que está em aberto.</source>
        <translation>No agreement. “Make an agreement…” splits what is open.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="60"/>
        <source>Carnê…</source>
        <translation>Payment book…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="61"/>
        <source>Termo…</source>
        <translation>Term…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="62"/>
        <source>Resumo…</source>
        <translation>Summary…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="63"/>
        <source>Considerar rompido…</source>
        <translation>Treat as broken…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="64"/>
        <source>Desfazer acordo…</source>
        <translation>Undo agreement…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="89"/>
        <source>Acordo nº {n} de {date}</source>
        <translation>Agreement no. {n} of {date}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="102"/>
        <source>Parcela {n} de {count}</source>
        <translation>Instalment {n} of {count}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="154"/>
        <source>Desfazer o acordo nº {n}, feito por engano? As compras voltam exatamente como estavam; as parcelas, a entrada e o abatimento deixam de contar (ficam riscados no extrato). Se o cliente pagou a entrada, registre o pagamento de novo.</source>
        <translation>Undo agreement no. {n}, made by mistake? The purchases come back exactly as they were; the instalments, the down payment and the discount stop counting (they stay struck through in the statement). If the customer paid the down payment, record the payment again.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="158"/>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="168"/>
        <source>Desfazer acordo</source>
        <translation>Undo agreement</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="164"/>
        <source>Acordo nº {n} desfeito</source>
        <translation>Agreement no. {n} undone</translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="137"/>
        <source>Anonimizar os dados de {name}</source>
        <translation>Anonymise the data of {name}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="141"/>
        <source>O nome vira “Cliente anonimizado nº {id}”; telefone, CPF/CNPJ, e-mail, endereço, apelido, observações e os textos dos contatos são apagados. Os valores ficam, para as contas da loja fecharem. Não dá para desfazer.</source>
        <translation>The name becomes “Cliente anonimizado nº {id}”; phone, CPF/CNPJ, e-mail, address, nickname, notes and the texts of contacts are erased. The amounts stay, so that the shop&apos;s books add up. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="151"/>
        <source>O cliente ainda deve {amount}: anonimizar mesmo assim</source>
        <translation>The customer still owes {amount}: anonymise anyway</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="158"/>
        <source>Motivo (fica registrado, sem dados pessoais):</source>
        <translation>Reason (recorded, without personal data):</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="160"/>
        <source>Ex.: pedido do cliente em 01/12/2026</source>
        <translation>E.g.: asked by the customer on 01/12/2026</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="165"/>
        <source>Apagar a cópia de segurança antiga, que ainda tem os dados</source>
        <translation>Delete the old backup, which still holds the data</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="168"/>
        <source>Apagar as {n} cópias de segurança antigas, que ainda têm os dados</source>
        <translation>Delete the {n} old backups, which still hold the data</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="172"/>
        <source>(uma cópia nova é feita antes)</source>
        <translation>(a new backup is made first)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="179"/>
        <source>Anonimizando e reescrevendo o arquivo dos dados…</source>
        <translation>Anonymising and rewriting the data file…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="183"/>
        <source>Anonimizar</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="184"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="32"/>
        <source>Automática</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="33"/>
        <source>Feita à mão</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="34"/>
        <source>Antes de restaurar</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="35"/>
        <source>Arquivo danificado</source>
        <translation>Damaged file</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="52"/>
        <source>Cópias de segurança</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="61"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="61"/>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="61"/>
        <source>Tamanho</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="61"/>
        <source>Verificação</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="73"/>
        <source>&amp;Fazer cópia agora</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="74"/>
        <source>&amp;Restaurar…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="75"/>
        <source>&amp;Segundo lugar…</source>
        <translation>&amp;Second place…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="76"/>
        <source>Desligar segundo lugar</source>
        <translation>Turn off second place</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="83"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="96"/>
        <source>Os dados estão em {path}. As cópias ficam em {folder}: uma automática por dia (guardadas 7 diárias, 4 semanais e 12 mensais) e as feitas à mão, que nunca são apagadas.</source>
        <translation>The data is in {path}. Backups are kept in {folder}: one automatic copy a day (7 daily, 4 weekly and 12 monthly are kept) and the ones made by hand, which are never deleted.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="108"/>
        <source>verificando…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="122"/>
        <source>Segundo lugar: nenhum. Escolha um pen drive ou uma pasta sincronizada (Google Drive, OneDrive): se o computador quebrar, as cópias de lá se salvam.</source>
        <translation>Second place: none. Choose a pen drive or a synced folder (Google Drive, OneDrive): if the computer breaks, the copies there survive.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="129"/>
        <source>Segundo lugar: {folder}. Uma cópia verificada vai para lá todo dia.</source>
        <translation>Second place: {folder}. A checked copy goes there every day.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="135"/>
        <source>Segundo lugar: {folder} — não está disponível agora (pen drive desconectado?). A cópia do dia é feita lá quando ele voltar.</source>
        <translation>Second place: {folder} — not available now (pen drive unplugged?). The day&apos;s copy is made there when it is back.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="154"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="154"/>
        <source>DANIFICADA</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="171"/>
        <source>Cópia feita e verificada: {path}</source>
        <translation>Backup made and checked: {path}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="180"/>
        <source>Restaurar cópia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="182"/>
        <source>Voltar os dados para a cópia de {when}? O que foi lançado depois dela deixa de aparecer. Antes, o Fiado guarda uma cópia dos dados de agora (tipo “Antes de restaurar”), que pode ser restaurada se mudar de ideia. O Fiado reabre em seguida.</source>
        <translation>Go back to the backup of {when}? Whatever was recorded after it will no longer show. First, Fiado keeps a copy of the current data (kind “Before a restore”), which can be restored if you change your mind. Fiado then reopens.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/backups.py" line="193"/>
        <source>Segundo lugar para as cópias</source>
        <translation>Second place for backups</translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="56"/>
        <source>Imprimir cartas de cobrança</source>
        <translation>Print collection letters</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="62"/>
        <source>Posição em {date}.</source>
        <translation>Position on {date}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="69"/>
        <source>Gerar cartas</source>
        <translation>Generate letters</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="71"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="75"/>
        <source>Tipo de carta:</source>
        <translation>Letter type:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="59"/>
        <source>As cartas de hoje (as da agenda)</source>
        <translation>Today&apos;s letters (from the agenda)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="100"/>
        <source>Contando as cartas…</source>
        <translation>Counting the letters…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="123"/>
        <source>Nenhuma carta na agenda de hoje: cada carta sai uma vez por etapa. Para imprimir de novo, escolha a etapa acima.</source>
        <translation>No letter on today&apos;s agenda: each letter goes out once per stage. To print again, choose the stage above.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="127"/>
        <source>Ninguém está nesta etapa hoje.</source>
        <translation>Nobody is at this stage today.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="130"/>
        <source>1 carta: {names}.</source>
        <translation>1 letter: {names}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="132"/>
        <source>{count} cartas: {names}.</source>
        <translation>{count} letters: {names}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="137"/>
        <source>Sem endereço, ficam de fora ({count}): {names}. Cadastre o endereço na janela do cliente e a carta entra no próximo lote.</source>
        <translation>Without an address, left out ({count}): {names}. Add the address in the customer’s window and the letter joins the next batch.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="148"/>
        <source>Gerando cartas…</source>
        <translation>Generating letters…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="164"/>
        <source>Nenhum cliente em etapa de carta nesta data.</source>
        <translation>No customer is at a letter stage on this date.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="169"/>
        <source>1 carta pronta.</source>
        <translation>1 letter ready.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="171"/>
        <source>{count} cartas prontas.</source>
        <translation>{count} letters ready.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="176"/>
        <source>Cartas de cobrança ({count})</source>
        <translation>Collection letters ({count})</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="185"/>
        <source>Não foi possível gerar as cartas.</source>
        <translation>Could not generate the letters.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="186"/>
        <source>Cartas de cobrança</source>
        <translation>Collection letters</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="66"/>
        <source>Registrar contato: {name}</source>
        <translation>Log contact: {name}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="79"/>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="85"/>
        <source>R$ 0,00 (opcional)</source>
        <translation>R$ 0,00 (optional)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="87"/>
        <source>O que o cliente disse</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="94"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="95"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="96"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="97"/>
        <source>Pagar até</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="98"/>
        <source>Valor prometido</source>
        <translation>Promised amount</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="99"/>
        <source>Observação</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="103"/>
        <source>Registrar</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="104"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/contact_dialog.py" line="167"/>
        <source>Resumo do acordo: {name}</source>
        <translation>Agreement summary: {name}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../fiado_app/ui/crash.py" line="39"/>
        <source>Algo deu errado</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/crash.py" line="43"/>
        <source>Aconteceu um erro inesperado. O que você digitou continua nas janelas abertas: feche esta mensagem e confira antes de continuar.
Para pedir ajuda, copie o relatório abaixo e envie ao suporte.</source>
        <translation>An unexpected error happened. What you typed is still in the open windows: close this message and check it before going on.
To ask for help, copy the report below and send it to support.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/crash.py" line="57"/>
        <source>Copiar relatório</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/crash.py" line="60"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/crash.py" line="80"/>
        <source>Fiado</source>
        <translation>Fiado</translation>
    </message>
</context>
<context>
    <name>CustomerCollectionPanel</name>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="44"/>
        <source>Não cobrar até</source>
        <translation>Do not collect until</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="45"/>
        <source>Voltar a cobrar</source>
        <translation>Resume collection</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="46"/>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="189"/>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="195"/>
        <source>Excluir dos lembretes</source>
        <translation>Exclude from reminders</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="47"/>
        <source>Lembrete…</source>
        <translation>Reminder…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="48"/>
        <source>Registrar contato</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="57"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="58"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="59"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="60"/>
        <source>Promessa</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="61"/>
        <source>Observação</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="66"/>
        <source>Desfazer contato…</source>
        <translation>Undo contact…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="67"/>
        <source>Para um contato registrado por engano</source>
        <translation>For a contact logged by mistake</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="84"/>
        <source>Histórico de contatos</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="100"/>
        <source> · Etapa atual: {stage}</source>
        <translation> · Current stage: {stage}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="103"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · Comportamento: &lt;b&gt;{behaviour}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · Behaviour: &lt;b&gt;{behaviour}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="109"/>
        <source>Promessas cumpridas: {kept} · não cumpridas: {broken} · abertas: {open}</source>
        <translation>Promises kept: {kept} · broken: {broken} · open: {open}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="114"/>
        <source>Excluído dos lembretes</source>
        <translation>Excluded from reminders</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="118"/>
        <source>Não cobrar até {date}: {reason}</source>
        <translation>Do not collect until {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="122"/>
        <source>Recebe lembretes normalmente.</source>
        <translation>Receives reminders normally.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="130"/>
        <source>até {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="146"/>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="162"/>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="166"/>
        <source>Desfazer contato</source>
        <translation>Undo contact</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="146"/>
        <source>Escolha no histórico o contato.</source>
        <translation>Pick the contact in the history.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="153"/>
        <source>Desfazer o contato “{what}”? Ele deixa de contar (agenda, etapas, promessas); fica guardado como desfeito.</source>
        <translation>Undo the contact “{what}”? It stops counting (agenda, stages, promises); it is kept, marked as undone.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="169"/>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="181"/>
        <source>Pausar cobrança</source>
        <translation>Pause collection</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="169"/>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/customer_panel.py" line="189"/>
        <source>Motivo (opcional):</source>
        <translation>Reason (optional):</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="72"/>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="205"/>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="270"/>
        <source>Cliente: {name}</source>
        <translation>Customer: {name}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="106"/>
        <source>Nova venda</source>
        <translation>New sale</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="108"/>
        <source>Pagamento</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="110"/>
        <source>Abatimento</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="112"/>
        <source>Fazer acordo…</source>
        <translation>Make an agreement…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="115"/>
        <source>Estornar lançamento</source>
        <translation>Reverse entry</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="130"/>
        <source>Lembrete (WhatsApp)…</source>
        <translation>Reminder (WhatsApp)…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="133"/>
        <source>Registrar contato…</source>
        <translation>Log contact…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="135"/>
        <source>Carta…</source>
        <translation>Letter…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="137"/>
        <source>Extrato em PDF…</source>
        <translation>Statement PDF…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="158"/>
        <source>Salvar dados</source>
        <translation>Save details</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="159"/>
        <source>Salvar os dados do cliente (Ctrl+S)</source>
        <translation>Save the customer&apos;s details (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="195"/>
        <source>Extrato</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="196"/>
        <source>Cobrança</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="198"/>
        <source>Acordos</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="200"/>
        <source>Privacidade</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="227"/>
        <source>limite {limit}</source>
        <translation>limit {limit}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="229"/>
        <source>sem limite de crédito</source>
        <translation>no credit limit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="232"/>
        <source>crédito de {amount}</source>
        <translation>credit of {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="234"/>
        <source>saldo {amount}</source>
        <translation>balance {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="236"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {balance} · {limit}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {balance} · {limit}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="240"/>
        <source>comportamento: {label}</source>
        <translation>behaviour: {label}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="243"/>
        <source>costuma pagar por volta do dia {day}</source>
        <translation>usually pays around day {day}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="246"/>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;⚠ em atraso: {amount} desde {date} ({days} dias)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;⚠ overdue: {amount} since {date} ({days} days)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="307"/>
        <source>Recibo…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer.py" line="324"/>
        <source>Selecione no extrato uma venda, pagamento ou abatimento ainda não estornado.</source>
        <translation>Select in the statement a sale, payment or discount not yet reversed.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer_form.py" line="45"/>
        <source>&amp;Nome</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer_form.py" line="46"/>
        <source>&amp;Apelido</source>
        <translation>&amp;Nickname</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer_form.py" line="47"/>
        <source>&amp;Telefone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer_form.py" line="48"/>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer_form.py" line="49"/>
        <source>&amp;Limite de crédito (R$)</source>
        <translation>Credit &amp;limit (R$)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer_form.py" line="50"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer_form.py" line="57"/>
        <source>Obrigatório</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer_form.py" line="59"/>
        <source>Opcional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer_form.py" line="60"/>
        <source>Sem limite</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer_form.py" line="63"/>
        <source>Observações</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../fiado_app/ui/customer_picker.py" line="38"/>
        <source>Nome, apelido ou telefone</source>
        <translation>Name, nickname or phone</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="176"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="177"/>
        <source>Apelido</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="178"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="179"/>
        <source>Limite de crédito</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="180"/>
        <source>Cidade</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../fiado_app/ui/pages/customers.py" line="37"/>
        <source>Clientes</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/customers.py" line="43"/>
        <source>Buscar por nome, apelido ou telefone (Ctrl+F)</source>
        <translation>Search by name, nickname or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/customers.py" line="45"/>
        <source>Novo cliente</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/customers.py" line="47"/>
        <source>Novo cliente (Ctrl+Shift+N)</source>
        <translation>New customer (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/customers.py" line="48"/>
        <source>Cadastrar um cliente (Ctrl+Shift+N)</source>
        <translation>Register a customer (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/customers.py" line="93"/>
        <source>Carregando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/customers.py" line="106"/>
        <source>{shown} de {total} clientes</source>
        <translation>{shown} of {total} customers</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../fiado_app/ui/common.py" line="97"/>
        <source>Escolher no calendário (Alt+↓)</source>
        <translation>Pick on the calendar (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="110"/>
        <source>Abatimento</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="110"/>
        <source>Registrar abatimento</source>
        <translation>Record discount</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="114"/>
        <source>{name} deve {amount}.</source>
        <translation>{name} owes {amount}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="119"/>
        <source>Ex.: desconto combinado, perdão de centavos</source>
        <translation>E.g. agreed discount, cents forgiven</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="122"/>
        <source>&amp;Valor (R$)</source>
        <translation>&amp;Amount (R$)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="123"/>
        <source>&amp;Motivo</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="124"/>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../fiado_app/ui/documents/preview.py" line="60"/>
        <source>Imprimir…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/preview.py" line="61"/>
        <source>Salvar PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/preview.py" line="62"/>
        <source>Abrir pasta</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/preview.py" line="69"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/preview.py" line="72"/>
        <source>{count} página</source>
        <translation>{count} page</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/preview.py" line="74"/>
        <source>{count} páginas</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/preview.py" line="100"/>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/preview.py" line="100"/>
        <source>Não foi possível iniciar a impressão.</source>
        <translation>Could not start printing.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/preview.py" line="115"/>
        <location filename="../../fiado_app/ui/documents/preview.py" line="125"/>
        <source>Salvar PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/preview.py" line="128"/>
        <source>Salvo em {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="38"/>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="115"/>
        <source>Exportar para planilha</source>
        <translation>Export to a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="42"/>
        <source>Clientes (com o saldo de hoje), lançamentos, contatos e acordos, para o contador ou para guardar. No Excel, cada um vai numa aba; em CSV, num arquivo.</source>
        <translation>Customers (with today&apos;s balance), entries, contacts and agreements, for the accountant or to keep. In Excel each goes in a sheet; in CSV, in a file.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="51"/>
        <source>Planilha do Excel (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="52"/>
        <source>CSV com ponto e vírgula (.csv)</source>
        <translation>CSV with semicolons (.csv)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="53"/>
        <source>Formato:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="54"/>
        <source>Só os lançamentos de um período</source>
        <translation>Only the entries of a period</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="61"/>
        <source>a</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="64"/>
        <source>De:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="79"/>
        <source>Abrir a &amp;pasta</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="82"/>
        <source>&amp;Exportar…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="85"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="124"/>
        <source>Exportando…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_export.py" line="137"/>
        <source>Gravado em {files} ({counts}).</source>
        <translation>Saved to {files} ({counts}).</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/base.py" line="56"/>
        <source>Confirmar (Enter)</source>
        <translation>Confirm (Enter)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/base.py" line="58"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/base.py" line="59"/>
        <source>Fechar sem salvar (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/base.py" line="100"/>
        <source>Escolha o cliente na lista (digite parte do nome, apelido ou telefone).</source>
        <translation>Pick the customer from the list (type part of the name, nickname or phone).</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="529"/>
        <source>Metas do painel</source>
        <translation>Dashboard goals</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="529"/>
        <source>Salvar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="535"/>
        <source>ex.: 20</source>
        <translation>e.g. 20</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="538"/>
        <source>&amp;Recuperar por mês (R$)</source>
        <translation>&amp;Recover per month (R$)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="539"/>
        <source>&amp;Parte vencida até (%)</source>
        <translation>&amp;Share overdue at most (%)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="58"/>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="165"/>
        <source>Importar caderneta</source>
        <translation>Import notebook</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="63"/>
        <source>Traga a caderneta de uma planilha (CSV, Excel ou LibreOffice): uma lista de clientes (com o saldo de cada um, se quiser) ou uma lista de vendas e pagamentos. Nada é gravado antes de você conferir.</source>
        <translation>Bring the notebook in from a spreadsheet (CSV, Excel or LibreOffice): a list of customers (with each one&apos;s balance, if you like) or a list of sales and payments. Nothing is saved before you check it.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="95"/>
        <source>Nenhum arquivo escolhido</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="96"/>
        <source>&amp;Escolher arquivo…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="99"/>
        <source>A planilha (aba) a importar</source>
        <translation>The sheet to import</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="101"/>
        <source>Salvar &amp;modelo…</source>
        <translation>Save &amp;template…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="103"/>
        <source>Arquivo:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="111"/>
        <source>O que é cada coluna</source>
        <translation>What each column is</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="133"/>
        <source>Linhas recusadas:</source>
        <translation>Refused rows:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="142"/>
        <source>Importações &amp;anteriores…</source>
        <translation>&amp;Earlier imports…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="144"/>
        <source>&amp;Conferir de novo</source>
        <translation>C&amp;heck again</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="146"/>
        <source>&amp;Importar</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="148"/>
        <source>Importar só as linhas &amp;boas</source>
        <translation>Import only the &amp;good rows</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="150"/>
        <source>&amp;Desfazer esta importação</source>
        <translation>&amp;Undo this import</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="152"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="173"/>
        <source>Lendo {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="192"/>
        <source>Não reconheci os títulos das colunas. Escolha o tipo de planilha e diga qual coluna é cada campo; depois clique em “Conferir de novo”.</source>
        <translation>The column titles were not recognised. Choose the kind of sheet and say which column is each field; then click “Check again”.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="225"/>
        <source>(não importar)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="227"/>
        <source>coluna {n}</source>
        <translation>column {n}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="270"/>
        <source>Conferindo as linhas…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="287"/>
        <source>Linha {line} ({column}): {reason}</source>
        <translation>Line {line} ({column}): {reason}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="293"/>
        <source>Linha {line}: {reason}</source>
        <translation>Line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="296"/>
        <source>Linhas recusadas: {n}</source>
        <translation>Refused rows: {n}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="298"/>
        <source>Nenhuma linha recusada.</source>
        <translation>No row refused.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="303"/>
        <source>Este arquivo já foi importado (importação nº {n}): nada a adicionar.</source>
        <translation>This file was already imported (import no. {n}): nothing to add.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="312"/>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="360"/>
        <source>cliente novo</source>
        <translation>new customer</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="312"/>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="360"/>
        <source>clientes novos</source>
        <translation>new customers</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="313"/>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="362"/>
        <source>lançamento</source>
        <translation>entry</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="313"/>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="362"/>
        <source>lançamentos</source>
        <translation>entries</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="315"/>
        <source>Serão adicionados: {what}.</source>
        <translation>To be added: {what}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="315"/>
        <source> e </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="317"/>
        <source>{n} já cadastrados (não serão repetidos).</source>
        <translation>{n} already registered (not repeated).</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="321"/>
        <source>{n} lançamentos já tinham sido importados.</source>
        <translation>{n} entries had already been imported.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="326"/>
        <source>{n} linhas com problema: corrija a planilha, ou importe só as boas.</source>
        <translation>{n} rows with problems: fix the sheet, or import only the good ones.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="335"/>
        <source>Importando…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="351"/>
        <source>Nada a adicionar: tudo o que a planilha tem já está no Fiado.</source>
        <translation>Nothing to add: everything in the sheet is already in Fiado.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="357"/>
        <source>Importação nº {batch} feita: {customers} e {entries}.</source>
        <translation>Import no. {batch} done: {customers} and {entries}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="366"/>
        <source>{n} linhas ficaram de fora (listadas acima).</source>
        <translation>{n} rows were left out (listed above).</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="386"/>
        <source>Importação nº {n} desfeita: {entries}, {customers}.</source>
        <translation>Import no. {n} undone: {entries}, {customers}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="388"/>
        <source>lançamento estornado</source>
        <translation>entry reversed</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="389"/>
        <source>lançamentos estornados</source>
        <translation>entries reversed</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="390"/>
        <source>cliente arquivado</source>
        <translation>customer archived</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="391"/>
        <source>clientes arquivados</source>
        <translation>customers archived</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="401"/>
        <source>Salvar modelo</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="412"/>
        <source>Modelo gravado em {path}</source>
        <translation>Template saved to {path}</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="470"/>
        <source>Importações anteriores</source>
        <translation>Earlier imports</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="475"/>
        <source>Nº</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="475"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="475"/>
        <source>Arquivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="475"/>
        <source>Clientes</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="476"/>
        <source>Lançamentos</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="476"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="489"/>
        <source>&amp;Desfazer a importação selecionada</source>
        <translation>&amp;Undo the selected import</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="491"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="503"/>
        <source>desfeita em {day}</source>
        <translation>undone on {day}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="504"/>
        <source>valendo</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="515"/>
        <source>Selecione uma importação na lista.</source>
        <translation>Select an import in the list.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sheet_import.py" line="524"/>
        <source>Importação nº {n} desfeita.</source>
        <translation>Import no. {n} undone.</translation>
    </message>
</context>
<context>
    <name>LadderPage</name>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="86"/>
        <source>Adicionar etapa</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="87"/>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="385"/>
        <source>Remover etapa</source>
        <translation>Remove stage</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="88"/>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="393"/>
        <source>Restaurar padrão</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="109"/>
        <source>Inserir campo…</source>
        <translation>Insert field…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="113"/>
        <source>Campos: </source>
        <translation>Fields: </translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="127"/>
        <source>Salvar etapa</source>
        <translation>Save stage</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="131"/>
        <source>Etapas</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="137"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="138"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="139"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="142"/>
        <source>Texto da mensagem</source>
        <translation>Message text</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="148"/>
        <source>Prévia com o cliente:</source>
        <translation>Preview with customer:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="253"/>
        <source>A etapa “{name}” da régua foi alterada e ainda não foi salva.</source>
        <translation>The ladder step “{name}” was changed and is not saved yet.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="261"/>
        <source>Régua de cobrança</source>
        <translation>Collection ladder</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="263"/>
        <source>Salvar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="264"/>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="265"/>
        <source>Voltar</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="275"/>
        <source>Salvar antes de trocar de etapa?</source>
        <translation>Save before switching steps?</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="314"/>
        <source>Texto OK: tom respeitoso.</source>
        <translation>Text OK: respectful tone.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="319"/>
        <source>(Nenhum cliente com valor em aberto para a prévia.)</source>
        <translation>(No customer with an open amount for the preview.)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="351"/>
        <source>Nova etapa</source>
        <translation>New stage</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="351"/>
        <source>Nome da etapa:</source>
        <translation>Stage name:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="365"/>
        <source>no dia do vencimento</source>
        <translation>on the due date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="368"/>
        <source>1 dia antes do vencimento</source>
        <translation>1 day before the due date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="370"/>
        <source>{count} dias antes do vencimento</source>
        <translation>{count} days before the due date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="374"/>
        <source>1 dia após o vencimento</source>
        <translation>1 day after the due date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="376"/>
        <source>{count} dias após o vencimento</source>
        <translation>{count} days after the due date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="385"/>
        <source>Remover a etapa “{name}”?</source>
        <translation>Remove the stage “{name}”?</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="393"/>
        <source>Voltar à régua e aos textos padrão?</source>
        <translation>Go back to the default ladder and texts?</translation>
    </message>
</context>
<context>
    <name>LetterKindDialog</name>
    <message>
        <location filename="../../fiado_app/ui/documents/customer_docs.py" line="106"/>
        <source>Carta de cobrança – {name}</source>
        <translation>Collection letter – {name}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/customer_docs.py" line="112"/>
        <source>Visualizar carta</source>
        <translation>Preview letter</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/customer_docs.py" line="116"/>
        <source>Tipo de carta:</source>
        <translation>Letter type:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="73"/>
        <source>Abrindo os dados da loja…</source>
        <translation>Opening the shop’s data…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="215"/>
        <source>{name} (demonstração)</source>
        <translation>{name} (demo)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="216"/>
        <source>Fiado</source>
        <translation>Fiado</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="242"/>
        <source>&amp;Arquivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="243"/>
        <source>&amp;Nova venda…</source>
        <translation>&amp;New sale…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="245"/>
        <source>&amp;Pagamento…</source>
        <translation>&amp;Payment…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="248"/>
        <source>Novo &amp;cliente…</source>
        <translation>New &amp;customer…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="254"/>
        <source>&amp;Importar caderneta…</source>
        <translation>&amp;Import notebook…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="255"/>
        <source>&amp;Exportar…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="260"/>
        <source>Cópias de se&amp;gurança…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="264"/>
        <source>&amp;Sair</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="265"/>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="266"/>
        <source>&amp;Buscar</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="275"/>
        <source>&amp;Documentos</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="277"/>
        <source>&amp;Cartas de cobrança em lote…</source>
        <translation>Batch &amp;collection letters…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="280"/>
        <source>A&amp;juda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="281"/>
        <source>&amp;Sobre o Fiado</source>
        <translation>&amp;About Fiado</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="338"/>
        <source>Em aberto: {open}   ·   Vencido: {overdue} (1 cliente em atraso)</source>
        <translation>Open: {open}   ·   Overdue: {overdue} (1 customer overdue)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="341"/>
        <source>Em aberto: {open}   ·   Vencido: {overdue} ({count} clientes em atraso)</source>
        <translation>Open: {open}   ·   Overdue: {overdue} ({count} customers overdue)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="349"/>
        <source>   ·   Créditos de clientes: {credit}</source>
        <translation>   ·   Customer credits: {credit}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="422"/>
        <source>Fechar o Fiado</source>
        <translation>Close Fiado</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/main_window.py" line="423"/>
        <source>{what} Salvar antes de fechar?</source>
        <translation>{what} Save before closing?</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer_form.py" line="90"/>
        <source>Novo cliente</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/customer_form.py" line="90"/>
        <source>Cadastrar</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>PainelPage</name>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="117"/>
        <source>Painel</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="120"/>
        <source>O mês dos números do período</source>
        <translation>The month of the period&apos;s figures</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="127"/>
        <source>Período:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="129"/>
        <source>Relatório do mês (PDF)…</source>
        <translation>Monthly report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="131"/>
        <source>Os números do mês escolhido, para imprimir ou enviar</source>
        <translation>The chosen month&apos;s figures, to print or send</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="135"/>
        <source>Metas…</source>
        <translation>Goals…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="136"/>
        <source>Meta de recuperação do mês e parte vencida</source>
        <translation>The month&apos;s recovery goal and the share overdue</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="144"/>
        <location filename="../../fiado_app/ui/pages/painel.py" line="421"/>
        <source>Em aberto</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="145"/>
        <source>Vencido</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="146"/>
        <source>Clientes em atraso</source>
        <translation>Customers overdue</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="147"/>
        <location filename="../../fiado_app/ui/pages/painel.py" line="469"/>
        <source>Recebido</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="148"/>
        <source>Recuperado</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="149"/>
        <location filename="../../fiado_app/ui/pages/painel.py" line="468"/>
        <source>Vendido a prazo</source>
        <translation>Sold on credit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="150"/>
        <source>Prazo médio de pagamento</source>
        <translation>Average days to pay</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="151"/>
        <source>Atraso médio ao pagar</source>
        <translation>Average days late at payment</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="152"/>
        <source>Promessas (cumpridas / quebradas)</source>
        <translation>Promises (kept / broken)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="153"/>
        <source>Acordos (quitados / rompidos)</source>
        <translation>Agreements (paid off / broken)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="163"/>
        <source>Etapa / canal</source>
        <translation>Stage / channel</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="163"/>
        <source>Contatos</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="163"/>
        <source>Pagaram em 7 dias</source>
        <translation>Paid within 7 days</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="164"/>
        <source>Valor pago</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="172"/>
        <source>Quem mais deve (vencido)</source>
        <translation>Who owes most (overdue)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="227"/>
        <source>Este mês (até {date})</source>
        <translation>This month (up to {date})</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="256"/>
        <source>Calculando os números…</source>
        <translation>Working out the figures…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="278"/>
        <source>Não foi possível calcular o painel: {error}</source>
        <translation>The dashboard could not be worked out: {error}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="285"/>
        <source>Posição em {date}; período de {start} a {end}.</source>
        <translation>Position on {date}; period from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="293"/>
        <source>meta: até {goal}</source>
        <translation>goal: at most {goal}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="299"/>
        <source>do que já estava vencido</source>
        <translation>of what was already overdue</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="301"/>
        <source>meta {goal}: {share}</source>
        <translation>goal {goal}: {share}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="311"/>
        <source>de 1 venda quitada</source>
        <translation>over 1 paid sale</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="313"/>
        <source>de {count} vendas quitadas</source>
        <translation>over {count} paid sales</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="337"/>
        <source>Fora da régua</source>
        <translation>Outside the ladder</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="339"/>
        <source>Etapa: {name}</source>
        <translation>Stage: {name}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="341"/>
        <source>Canal: {name}</source>
        <translation>Channel: {name}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="369"/>
        <source>Relatório do mês</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="373"/>
        <source>Relatório de cobrança {month}</source>
        <translation>Collection report {month}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="420"/>
        <source>Em aberto por atraso</source>
        <translation>Open by days overdue</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="434"/>
        <source>Clique numa barra para ver esses clientes</source>
        <translation>Click a bar to see those customers</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="462"/>
        <source>Últimos 12 meses, de {first} a {last} (R$ mil)</source>
        <translation>Last 12 months, {first} to {last} (thousand R$)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="464"/>
        <source>Últimos 12 meses, de {first} a {last} (R$)</source>
        <translation>Last 12 months, {first} to {last} (R$)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="471"/>
        <source>Vencido no fim do mês</source>
        <translation>Overdue at month end</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="513"/>
        <source>{month}: vendido {sold}, recebido {received}, vencido no fim {overdue}</source>
        <translation>{month}: sold {sold}, received {received}, overdue at the end {overdue}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="37"/>
        <source>Pagamento</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="37"/>
        <source>Registrar pagamento</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="40"/>
        <source>Digite parte do nome, do apelido ou do telefone</source>
        <translation>Type part of the name, nickname or phone</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="42"/>
        <source>Pagar &amp;tudo</source>
        <translation>Pay &amp;all</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="43"/>
        <source>Preenche o saldo inteiro (Alt+T)</source>
        <translation>Fills in the whole balance (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="53"/>
        <source>Observação (opcional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="55"/>
        <source>Guardar o que passar do saldo como crédito do cliente</source>
        <translation>Keep what exceeds the balance as the customer&apos;s credit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="61"/>
        <source>&amp;Cliente</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="62"/>
        <source>&amp;Valor (R$)</source>
        <translation>&amp;Amount (R$)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="65"/>
        <source>&amp;Forma</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="66"/>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="67"/>
        <source>&amp;Observação</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="95"/>
        <source>Escolha o cliente para ver o saldo.</source>
        <translation>Pick the customer to see the balance.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="99"/>
        <source>Saldo de {name}: {balance}</source>
        <translation>{name}&apos;s balance: {balance}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="111"/>
        <source>Saldo antes: {amount}</source>
        <translation>Balance before: {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="121"/>
        <source>venda nº {number}</source>
        <translation>sale no. {number}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="123"/>
        <source>• Quita {what} de {date} (vence {due}): {amount}</source>
        <translation>• Settles {what} of {date} (due {due}): {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="125"/>
        <source>• Paga parte de {what} de {date} (vence {due}): {amount}</source>
        <translation>• Pays part of {what} of {date} (due {due}): {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="138"/>
        <source>• e mais {count} compras: {amount}</source>
        <translation>• and {count} more purchases: {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="142"/>
        <source>Fica devendo: {amount}</source>
        <translation>Still owes: {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="146"/>
        <source>Passa do saldo em {amount}: fica como crédito do cliente.</source>
        <translation>Exceeds the balance by {amount}: kept as the customer&apos;s credit.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/payment.py" line="149"/>
        <source>Passa do saldo em {amount}. Para guardar a diferença como crédito do cliente, marque a opção acima; ou corrija o valor.</source>
        <translation>Exceeds the balance by {amount}. To keep the difference as the customer&apos;s credit, tick the option above; or correct the amount.</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="53"/>
        <source>Exportar dados (JSON)…</source>
        <translation>Export data (JSON)…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="54"/>
        <source>Exportar dados (PDF)…</source>
        <translation>Export data (PDF)…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="55"/>
        <source>Anonimizar…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="76"/>
        <source>&lt;b&gt;Dados anonimizados em {day}.&lt;/b&gt; Os valores continuam nas contas.</source>
        <translation>&lt;b&gt;Data anonymised on {day}.&lt;/b&gt; The amounts stay in the books.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="90"/>
        <source>Exportar dados do cliente</source>
        <translation>Export the customer&apos;s data</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="104"/>
        <source>Dados gravados em {path}</source>
        <translation>Data saved to {path}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="115"/>
        <source>Cliente anonimizado: agora “{name}”.</source>
        <translation>Customer anonymised: now “{name}”.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="118"/>
        <source>1 cópia antiga apagada.</source>
        <translation>1 old backup deleted.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/privacy_panel.py" line="120"/>
        <source>{n} cópias antigas apagadas.</source>
        <translation>{n} old backups deleted.</translation>
    </message>
</context>
<context>
    <name>ReceivablesModel</name>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="40"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="41"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="42"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="43"/>
        <source>Em aberto</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="44"/>
        <source>Vencido</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="45"/>
        <source>Venc. mais antigo</source>
        <translation>Oldest due</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="46"/>
        <source>Dias atraso</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="47"/>
        <source>Faixa</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="48"/>
        <source>Último pagamento</source>
        <translation>Last payment</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="81"/>
        <source>Dê dois cliques para abrir o cliente</source>
        <translation>Double-click to open the customer</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="258"/>
        <source>Crédito do cliente</source>
        <translation>Customer credit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="260"/>
        <source>Em atraso</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/receivables_model.py" line="262"/>
        <source>Em dia</source>
        <translation>Up to date</translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="51"/>
        <source>Contas a receber</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="57"/>
        <source>Buscar por nome, apelido ou telefone (Ctrl+F)</source>
        <translation>Search by name, nickname or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="60"/>
        <source>Todos com saldo</source>
        <translation>All with a balance</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="61"/>
        <source>Só em atraso</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="62"/>
        <source>Com acordo</source>
        <translation>With an agreement</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="64"/>
        <source>Faixa: {bucket}</source>
        <translation>Bucket: {bucket}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="65"/>
        <source>Filtrar por situação ou faixa de atraso</source>
        <translation>Filter by status or overdue bucket</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="111"/>
        <source>Carregando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="168"/>
        <source>Não foi possível carregar a lista: {error}</source>
        <translation>Could not load the list: {error}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="211"/>
        <source>1 cliente listado</source>
        <translation>1 customer listed</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="213"/>
        <source>{count} clientes listados</source>
        <translation>{count} customers listed</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="217"/>
        <source>{listed}   ·   Em aberto: {open}   ·   Vencido: {overdue} ({late} em atraso)</source>
        <translation>{listed}   ·   Open: {open}   ·   Overdue: {overdue} ({late} overdue)</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="57"/>
        <source>Lembrete de cobrança</source>
        <translation>Collection reminder</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="61"/>
        <source>Etapa atual</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="77"/>
        <source>Copiar texto</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="78"/>
        <source>Copiar Pix</source>
        <translation>Copy Pix</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="79"/>
        <source>Abrir no WhatsApp</source>
        <translation>Open in WhatsApp</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="80"/>
        <source>Registrar contato</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="81"/>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="215"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="101"/>
        <source>Etapa:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="127"/>
        <source>Lembrete: {name} ({stage})</source>
        <translation>Reminder: {name} ({stage})</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="137"/>
        <source>Pix com o valor pedido no texto.
Aponte a câmera do app do banco.</source>
        <translation>Pix for the amount the text asks for.
Point the bank app’s camera at it.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="206"/>
        <source>WhatsApp não abriu</source>
        <translation>WhatsApp did not open</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="209"/>
        <source>Não foi possível abrir o WhatsApp neste computador (nenhum navegador ou WhatsApp encontrado). Nada foi registrado.

Copie o texto e cole no WhatsApp do celular.</source>
        <translation>WhatsApp could not be opened on this computer (no browser or WhatsApp found). Nothing was logged.

Copy the text and paste it into WhatsApp on your phone.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="214"/>
        <source>Copiar o texto</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="141"/>
        <source>Cadastre a chave Pix da loja para mostrar o QR code.</source>
        <translation>Register the shop&apos;s Pix key to show the QR code.</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="23"/>
        <source>Estornar lançamento</source>
        <translation>Reverse entry</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="23"/>
        <source>Estornar</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="26"/>
        <source>Lançamento nº {number} de {date}: {what} — {amount}</source>
        <translation>Entry no. {number} of {date}: {what} — {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="38"/>
        <source>O lançamento continua no extrato, riscado, e um estorno com o motivo é registrado. Nada é apagado. Um engano deixa de contar em todas as datas; um Pix ou cheque que voltou conta até o dia em que voltou.</source>
        <translation>The entry stays in the statement, struck through, and a reversal with the reason is recorded. Nothing is deleted. A mistake stops counting at every date; a Pix or cheque that bounced counts until the day it bounced.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="45"/>
        <source>Ex.: valor digitado errado</source>
        <translation>E.g. wrong amount typed</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="52"/>
        <source>&amp;Motivo</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="55"/>
        <source>Não foi engano (um Pix ou cheque que voltou): deixa de valer numa data</source>
        <translation>Not a mistake (a Pix or cheque that bounced): stops counting on a date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="62"/>
        <source>A &amp;partir de</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="72"/>
        <source>Saldo agora: {amount}.</source>
        <translation>Balance now: {amount}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="78"/>
        <source>Esta venda já foi paga: com o estorno, o cliente fica com {credit} de crédito (a devolver ou abater na próxima compra).</source>
        <translation>This sale was already paid: once reversed, the customer has {credit} in credit (to refund or take off the next purchase).</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="85"/>
        <source>Depois do estorno: {amount}.</source>
        <translation>After the reversal: {amount}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="90"/>
        <source>crédito de {amount}</source>
        <translation>credit of {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/corrections.py" line="96"/>
        <source>Informe o motivo do estorno.</source>
        <translation>Give the reason for the reversal.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="34"/>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="158"/>
        <source>Nova venda</source>
        <translation>New sale</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="34"/>
        <source>Registrar venda</source>
        <translation>Record sale</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="42"/>
        <source>Digite parte do nome, do apelido ou do telefone</source>
        <translation>Type part of the name, nickname or phone</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="43"/>
        <source>Novo cliente…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="46"/>
        <source>Cadastrar quem ainda não está na lista, sem sair da venda (Ctrl+Shift+N)</source>
        <translation>Register someone who is not on the list yet, without leaving the sale (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="57"/>
        <source>Valor da venda, por exemplo 12,50</source>
        <translation>Sale amount, for example 12,50</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="59"/>
        <source>O que foi levado (opcional)</source>
        <translation>What was taken (optional)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="63"/>
        <source>Prazo da loja: {terms}</source>
        <translation>Shop terms: {terms}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="64"/>
        <source>Motivo para vender acima do limite</source>
        <translation>Reason to sell above the limit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="66"/>
        <source>Ex.: combinado com o cliente, paga na sexta</source>
        <translation>E.g. agreed with the customer, pays on Friday</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="68"/>
        <source>&amp;Cliente</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="72"/>
        <source>&amp;Valor (R$)</source>
        <translation>&amp;Amount (R$)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="73"/>
        <source>&amp;Descrição</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="74"/>
        <source>Data da &amp;venda</source>
        <translation>Sale &amp;date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="75"/>
        <source>Ve&amp;ncimento</source>
        <translation>D&amp;ue date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="117"/>
        <source>a maior compra de {name} nos últimos 12 meses foi {amount}</source>
        <translation>{name}’s largest purchase in the last 12 months was {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="123"/>
        <source>as vendas maiores da loja ficam em torno de {amount}</source>
        <translation>the shop’s larger sales are around {amount}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="127"/>
        <source>é um valor alto para uma venda fiado</source>
        <translation>it is a high amount for a sale on credit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="129"/>
        <source>Registrar uma venda de {amount} para {name}?

É bem acima do costume: {why}. Confira se não foi digitado um telefone ou um zero a mais.</source>
        <translation>Record a sale of {amount} for {name}?

It is well above the usual: {why}. Check that no phone number or extra zero was typed.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="135"/>
        <source>Confirmar valor alto</source>
        <translation>Confirm a high amount</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="137"/>
        <source>Sim, registrar</source>
        <translation>Yes, record it</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="138"/>
        <source>Voltar e corrigir</source>
        <translation>Go back and fix it</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="156"/>
        <source>Nova venda para {name}</source>
        <translation>New sale for {name}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="168"/>
        <source>Escolha o cliente para ver o saldo e o limite.</source>
        <translation>Pick the customer to see the balance and the limit.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="175"/>
        <source>sem limite</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="178"/>
        <source>Saldo: {balance}   ·   Vencido: {overdue}   ·   Limite: {limit}</source>
        <translation>Balance: {balance}   ·   Overdue: {overdue}   ·   Limit: {limit}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="189"/>
        <source>Atenção: cliente em atraso — {amount} vencidos há {days} dias (desde {date}).</source>
        <translation>Warning: customer is overdue — {amount} due for {days} days (since {date}).</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/sale.py" line="200"/>
        <source>Atenção: com esta venda o saldo vai a {after}, acima do limite de {limit}. Para vender mesmo assim, informe o motivo.</source>
        <translation>Warning: this sale takes the balance to {after}, above the limit of {limit}. To sell anyway, give a reason.</translation>
    </message>
</context>
<context>
    <name>ShopForm</name>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="67"/>
        <source>&amp;Nome da loja</source>
        <translation>Shop &amp;name</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="68"/>
        <source>CPF ou CNPJ</source>
        <translation>CPF or CNPJ</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="69"/>
        <source>Telefone / WhatsApp</source>
        <translation>Phone / WhatsApp</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="70"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="71"/>
        <source>Chave Pix</source>
        <translation>Pix key</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="79"/>
        <source>Obrigatório, ex.: Mercadinho São José</source>
        <translation>Required, e.g. Mercadinho São José</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="80"/>
        <source>Sai nas cartas de cobrança (lei)</source>
        <translation>Printed on collection letters (law)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="82"/>
        <source>Telefone, CPF/CNPJ, e-mail ou chave aleatória</source>
        <translation>Phone, CPF/CNPJ, e-mail or random key</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="113"/>
        <source>dias após a compra</source>
        <translation>days after the purchase</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="114"/>
        <source>todo dia do mês seguinte</source>
        <translation>on this day of the following month</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="132"/>
        <source>Prazo para pagar</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="89"/>
        <source>No máximo 2 % (Código de Defesa do Consumidor, art. 52)</source>
        <translation>At most 2 % (Consumer Protection Code, art. 52)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="92"/>
        <source>Posso pedir registro em SPC/Serasa</source>
        <translation>I may request a credit bureau record (SPC/Serasa)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="94"/>
        <source>Multa por atraso (%)</source>
        <translation>Late fine (%)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="95"/>
        <source>Juros ao mês (%)</source>
        <translation>Monthly interest (%)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="140"/>
        <source>Escolher imagem…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="142"/>
        <source>Remover</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="149"/>
        <source>Logotipo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="190"/>
        <source>sem logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="194"/>
        <location filename="../../fiado_app/ui/pages/shop.py" line="200"/>
        <source>Logotipo da loja</source>
        <translation>Shop logo</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="194"/>
        <source>Imagens (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="204"/>
        <source>Esse é o arquivo de dados do Fiado, não uma imagem.</source>
        <translation>That is Fiado&apos;s data file, not an image.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="206"/>
        <location filename="../../fiado_app/ui/pages/shop.py" line="209"/>
        <source>Imagem grande demais: use uma de até 2 MB.</source>
        <translation>Image too large: use one up to 2 MB.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="211"/>
        <source>Não consegui ler essa imagem. Use um arquivo PNG ou JPG.</source>
        <translation>Could not read that image. Use a PNG or JPG file.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="220"/>
        <source>{what} inválido(a): “{text}”. Use um número como 2 ou 1,5.</source>
        <translation>Invalid {what}: “{text}”. Use a number such as 2 or 1,5.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="233"/>
        <source>Multa</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="234"/>
        <source>Juros</source>
        <translation>Interest</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="248"/>
        <source>Dados da loja</source>
        <translation>Shop details</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="252"/>
        <source>Estes dados saem nas cartas, recibos e mensagens de cobrança.</source>
        <translation>These details appear on letters, receipts and collection messages.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="271"/>
        <source>Salvar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="272"/>
        <source>Salvar os dados da loja (Ctrl+S)</source>
        <translation>Save the shop details (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="294"/>
        <source>Os dados da loja foram alterados e ainda não foram salvos.</source>
        <translation>The shop data was changed and has not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/shop.py" line="312"/>
        <source>Dados da loja salvos.</source>
        <translation>Shop details saved.</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="113"/>
        <source>Estorno do lançamento nº {number}: {reason}</source>
        <translation>Reversal of entry no. {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="122"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="123"/>
        <source>Nº</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="124"/>
        <source>Lançamento</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="125"/>
        <source>Vencimento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="126"/>
        <source>Débito</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="127"/>
        <source>Crédito</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/models.py" line="128"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>StatementPeriodDialog</name>
    <message>
        <location filename="../../fiado_app/ui/documents/customer_docs.py" line="48"/>
        <source>Extrato em PDF</source>
        <translation>Statement PDF</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/customer_docs.py" line="49"/>
        <source>Desde o primeiro lançamento</source>
        <translation>Since the first entry</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/customer_docs.py" line="52"/>
        <source>Padrão: os últimos 90 dias, ou desde a compra mais antiga ainda em aberto</source>
        <translation>Default: the last 90 days, or since the oldest purchase still open</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/customer_docs.py" line="59"/>
        <source>Gerar PDF</source>
        <translation>Generate PDF</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/customer_docs.py" line="65"/>
        <source>De:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/customer_docs.py" line="66"/>
        <source>Até:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/customer_docs.py" line="87"/>
        <source>Extrato – {name}</source>
        <translation>Statement – {name}</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="235"/>
        <source>Copiar</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/reminder_dialog.py" line="237"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../fiado_app/ui/undo_bar.py" line="44"/>
        <source>Desfazer ({key})</source>
        <translation>Undo ({key})</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/undo_bar.py" line="48"/>
        <location filename="../../fiado_app/ui/undo_bar.py" line="134"/>
        <source>Desfazer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/undo_bar.py" line="89"/>
        <source>Venda de {amount} para {name} registrada.</source>
        <translation>Sale of {amount} for {name} recorded.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/undo_bar.py" line="91"/>
        <source>Pagamento de {amount} de {name} registrado.</source>
        <translation>Payment of {amount} from {name} recorded.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/undo_bar.py" line="93"/>
        <source>o cliente</source>
        <translation>the customer</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/undo_bar.py" line="140"/>
        <source>Desfeito: o lançamento foi estornado (motivo “desfeito”) e não conta.</source>
        <translation>Undone: the entry was reversed (reason “desfeito”) and does not count.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../fiado_app/ui/first_run.py" line="35"/>
        <location filename="../../fiado_app/ui/first_run.py" line="40"/>
        <source>Bem-vindo ao Fiado</source>
        <translation>Welcome to Fiado</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/first_run.py" line="44"/>
        <source>Para começar, conte como é a sua loja. Estes dados saem nas cartas e recibos e podem ser mudados depois em “Dados da loja”. Só o nome é obrigatório.</source>
        <translation>To start, tell us about your shop. These details appear on letters and receipts and can be changed later in “Shop details”. Only the name is required.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/first_run.py" line="61"/>
        <source>Começar</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/first_run.py" line="63"/>
        <source>Explorar uma loja de demonstração</source>
        <translation>Explore a demo shop</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/first_run.py" line="66"/>
        <source>Abre uma loja de exemplo num arquivo separado; seus dados não são tocados.</source>
        <translation>Opens a sample shop in a separate file; your data is not touched.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/first_run.py" line="69"/>
        <source>Sair</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_documents.py" line="39"/>
        <source>Carnê do acordo nº {n}</source>
        <translation>Payment book of agreement no. {n}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_documents.py" line="45"/>
        <source>Termo do acordo nº {n}</source>
        <translation>Term of agreement no. {n}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_documents.py" line="50"/>
        <source>Acordo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="294"/>
        <source>Fazer acordo</source>
        <translation>Make agreement</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement.py" line="295"/>
        <source>{name} não tem compras em aberto para um acordo.</source>
        <translation>{name} has no open purchases for an agreement.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="180"/>
        <source>as parcelas a vencer passam a vencer hoje</source>
        <translation>the instalments not yet due fall due today</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="184"/>
        <source>o abatimento de {amount} volta a ser devido</source>
        <translation>the discount of {amount} is owed again</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="189"/>
        <source>Como diz o termo: {what}.</source>
        <translation>As the term says: {what}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="190"/>
        <source> e </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="193"/>
        <source>As parcelas continuam com os seus vencimentos.</source>
        <translation>The instalments keep their due dates.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="197"/>
        <source>A parcela mais atrasada do acordo nº {n} ({name}) está {days} dias em atraso. Considerar o acordo rompido? {consequence}</source>
        <translation>The latest instalment of agreement no. {n} ({name}) is {days} days late. Treat the agreement as broken? {consequence}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/dialogs/agreement_panel.py" line="202"/>
        <source>Considerar rompido</source>
        <translation>Treat as broken</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="99"/>
        <source>Sem permissão para gravar na pasta {folder}. O Fiado guarda ao lado do arquivo o registro de que ele está aberto, e o banco de dados o seu diário: escolha outra pasta ou ajuste as permissões.</source>
        <translation>No permission to write in the folder {folder}. Fiado keeps, beside the file, the note that it is open, and the database keeps its journal there: choose another folder or fix the permissions.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="111"/>
        <source>O Fiado já está aberto</source>
        <translation>Fiado is already open</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="112"/>
        <source>O Fiado já está aberto com este arquivo ({path}) em outra janela. Use a janela que já está aberta.</source>
        <translation>Fiado is already open with this file ({path}) in another window. Use the window that is already open.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="135"/>
        <location filename="../../fiado_app/ui/app.py" line="145"/>
        <source>Não foi possível abrir os dados</source>
        <translation>Could not open the data</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="136"/>
        <source>O arquivo {path} não pôde ser lido ({reason}) e não há cópia de segurança em {folder}. O arquivo não foi alterado; procure ajuda técnica.</source>
        <translation>The file {path} could not be read ({reason}) and there is no backup in {folder}. The file was not changed; get technical help.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="147"/>
        <source>O arquivo {path} não pôde ser lido ({reason}).

Existe uma cópia de segurança de {when}. Restaurar essa cópia? O arquivo atual será guardado ao lado, nada é apagado.</source>
        <translation>The file {path} could not be read ({reason}).

There is a backup from {when}. Restore that backup? The current file will be kept beside it; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="155"/>
        <location filename="../../fiado_app/ui/app.py" line="169"/>
        <source>Restaurar a cópia</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="159"/>
        <source>Sair</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="185"/>
        <source>Preparando a loja de demonstração…</source>
        <translation>Preparing the demo shop…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="203"/>
        <source>Loja de demonstração</source>
        <translation>Demo shop</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="204"/>
        <source>Não foi possível montar a loja de demonstração: {error}</source>
        <translation>Could not build the demo shop: {error}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="221"/>
        <location filename="../../fiado_app/ui/app.py" line="226"/>
        <location filename="../../fiado_app/ui/context.py" line="214"/>
        <source>Fiado</source>
        <translation>Fiado</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="245"/>
        <source>Restaurar cópia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="294"/>
        <source>O arquivo foi alterado fora desta janela (pela linha de comando ou outro programa): as telas foram atualizadas.</source>
        <translation>The file was changed outside this window (by the command line or another program): the screens were updated.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="347"/>
        <source>Dados danificados</source>
        <translation>Damaged data</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="350"/>
        <source>A cópia de segurança mais recente em bom estado é de {when}.</source>
        <translation>The newest good backup is from {when}.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="354"/>
        <source>Não há cópia de segurança em bom estado.</source>
        <translation>There is no good backup.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="357"/>
        <source>O arquivo {path} está danificado ({detail}). Para não perder nada, o Fiado não grava mais nada nele.

{when}</source>
        <translation>The file {path} is damaged ({detail}). So that nothing is lost, Fiado writes nothing more to it.

{when}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="364"/>
        <source>Ver cópias de segurança…</source>
        <translation>See backups…</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="389"/>
        <source>O segundo lugar das cópias ({folder}) não está disponível (pen drive desconectado?). A cópia do dia foi feita neste computador.</source>
        <translation>The second place for backups ({folder}) is not available (pen drive unplugged?). The day&apos;s copy was made on this computer.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="400"/>
        <source>Cópia de segurança do dia feita.</source>
        <translation>Today&apos;s backup done.</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/app.py" line="405"/>
        <source>Não foi possível fazer a cópia de segurança: {error}</source>
        <translation>Could not make the backup: {error}</translation>
    </message>
</context>
<context>
    <name>collection</name>
    <message>
        <location filename="../../fiado_app/ui/collection/common.py" line="43"/>
        <source>Fora do horário de contato</source>
        <translation>Outside contact hours</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/common.py" line="44"/>
        <source>{reason}

Cobrar fora do horário pode incomodar o cliente (CDC art. 42 e 71). Deseja abrir o WhatsApp mesmo assim?</source>
        <translation>{reason}

Collecting outside these hours may disturb the customer (CDC art. 42 and 71). Open WhatsApp anyway?</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="195"/>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="211"/>
        <source>Recibo</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="196"/>
        <source>Pagamento registrado. Deseja imprimir ou salvar o recibo?</source>
        <translation>Payment recorded. Print or save the receipt?</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="216"/>
        <source>Recibo nº {number}</source>
        <translation>Receipt no. {number}</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="227"/>
        <source>Carta sem endereço</source>
        <translation>Letter without an address</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="228"/>
        <source>{name} não tem endereço cadastrado (rua e cidade): a carta sairia sem o destinatário na janela do envelope. Gerar mesmo assim, para entregar em mãos?</source>
        <translation>{name} has no address on file (street and city): the letter would have no recipient in the envelope window. Generate it anyway, to hand over in person?</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/documents/dialogs.py" line="252"/>
        <source>Carta de cobrança</source>
        <translation>Collection letter</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../fiado_app/ui/files.py" line="57"/>
        <source>Pasta</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/files.py" line="59"/>
        <source>Arquivo {suffix}</source>
        <translation>{suffix} file</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="23"/>
        <source>A vencer</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="24"/>
        <source>1–30 dias</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="25"/>
        <source>31–60 dias</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="26"/>
        <source>61–90 dias</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="27"/>
        <source>Mais de 90 dias</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="28"/>
        <source>Crédito</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="29"/>
        <source>Venda</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="30"/>
        <source>Pagamento</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="31"/>
        <source>Abatimento</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="32"/>
        <source>Estorno</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="33"/>
        <source>Acordo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="34"/>
        <source>Em dia</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="35"/>
        <source>Atrasado</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="36"/>
        <source>Quitado</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="37"/>
        <source>Rompido</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="38"/>
        <source>Desfeito</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="39"/>
        <source>Paga</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="40"/>
        <source>Atrasada</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="41"/>
        <source>Vencida antecipadamente</source>
        <translation>Brought forward</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="42"/>
        <source>Desfeita</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="43"/>
        <source>Dinheiro</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="44"/>
        <source>Pix</source>
        <translation>Pix</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="45"/>
        <source>Cartão de débito</source>
        <translation>Debit card</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="46"/>
        <source>Cartão de crédito</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="47"/>
        <source>Transferência</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="48"/>
        <source>Outro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="49"/>
        <source>Pontual</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="50"/>
        <source>Esquece às vezes</source>
        <translation>Sometimes forgets</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="51"/>
        <source>Atrasa sempre</source>
        <translation>Always late</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="52"/>
        <source>Inadimplente</source>
        <translation>Defaulter</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="53"/>
        <source>Sem histórico</source>
        <translation>No history</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="54"/>
        <source>Rua</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="55"/>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="56"/>
        <source>Complemento</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="57"/>
        <source>Bairro</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="58"/>
        <source>Cidade</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="59"/>
        <source>UF</source>
        <translation>State (UF)</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/labels.py" line="60"/>
        <source>CEP</source>
        <translation>Postal code (CEP)</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../fiado_app/ui/documents/actions.py" line="23"/>
        <source>Carta de cobrança</source>
        <translation>Collection letter</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../fiado_app/ui/page_list.py" line="42"/>
        <location filename="../../fiado_app/ui/pages/customers.py" line="29"/>
        <source>Clientes</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/page_list.py" line="39"/>
        <location filename="../../fiado_app/ui/pages/receivables.py" line="38"/>
        <source>Contas a receber</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/page_list.py" line="51"/>
        <location filename="../../fiado_app/ui/pages/shop.py" line="242"/>
        <source>Dados da loja</source>
        <translation>Shop details</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/agenda_page.py" line="126"/>
        <location filename="../../fiado_app/ui/page_list.py" line="34"/>
        <source>Cobranças de hoje</source>
        <translation>Today&apos;s collections</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/collection/ladder_page.py" line="70"/>
        <location filename="../../fiado_app/ui/page_list.py" line="49"/>
        <source>Régua de cobrança</source>
        <translation>Collection ladder</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/page_list.py" line="45"/>
        <location filename="../../fiado_app/ui/pages/painel.py" line="110"/>
        <source>Painel</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>painel</name>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="46"/>
        <source>A vencer</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="47"/>
        <source>1–30 dias</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="48"/>
        <source>31–60 dias</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="49"/>
        <source>61–90 dias</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="50"/>
        <source>Mais de 90</source>
        <translation>Over 90</translation>
    </message>
    <message>
        <location filename="../../fiado_app/ui/pages/painel.py" line="74"/>
        <source>dias</source>
        <translation>days</translation>
    </message>
</context>
</TS>
