import type { LanguagePack } from './types.ts'
import { defineIntent } from './define.ts'

/** Portuguese tickets (about 10 % of the training set). */
export const PT_PACK: LanguagePack = {
  lang: 'pt',
  perIntent: 6,
  tones: {
    calm: {
      openers: ['', 'Olá,', 'Bom dia,', 'Oi, pessoal,'],
      closers: ['', 'Att., {name}', 'Abraço, {name}'],
    },
    polite: {
      openers: ['Olá, tudo bem?', 'Bom dia, desde já agradeço a ajuda.'],
      closers: [
        'Muito obrigado pela ajuda!',
        'Agradeço muito, tenham um ótimo dia!',
        'Obrigada desde já, um abraço.',
      ],
    },
    delighted: {
      openers: [
        'Amamos o Planora, a equipe toda está encantada!',
        'Antes de tudo, parabéns pelo app, é incrível!',
      ],
      closers: ['Continuem assim, vocês são demais!', 'Muitíssimo obrigado, atendimento excelente!'],
    },
    annoyed: {
      openers: ['Isso já está ficando chato.', 'Já escrevi sobre isso na semana passada.'],
      closers: [
        'Por favor, resolvam de uma vez.',
        'Sinceramente, estou decepcionado.',
        'Esperava mais de um produto pago.',
      ],
    },
    furious: {
      openers: ['Isso é totalmente inaceitável!', 'Estou revoltado.', 'É a terceira vez que escrevo e NADA.'],
      closers: ['É o pior atendimento que já recebi.', 'Se não resolverem agora, vamos embora.'],
    },
    urgent: {
      openers: ['URGENTE:', 'Por favor, escalem isso agora!'],
      closers: [
        'A equipe inteira está parada neste momento.',
        'Temos uma entrega para cliente em duas horas.',
      ],
    },
  },
  slots: {
    name: ['Rafael', 'Beatriz', 'J. Costa', 'Mariana', 'Thiago', 'Inês'],
    order: ['PD-51012', 'PD-53468', 'PD-56197', 'PD-58904'],
    invoice: ['PLN-2026-003701', 'PLN-2026-004356', 'PLN-2026-004958'],
    amount: ['348 €', '96 USD', '1.188 €', '79 €'],
    plan: ['Team', 'Business'],
    app: ['app de iOS', 'app de Android', 'versão web'],
    integration: ['Slack', 'Google Agenda', 'Microsoft Teams'],
    country: ['Brasil', 'Portugal', 'Angola', 'Moçambique'],
    month: ['janeiro', 'março', 'julho', 'outubro'],
    n: ['15', '40', '120'],
    code: ['SYNC-409', 'NET-503'],
  },
  intents: [
    defineIntent(
      'billing low task',
      ['calm', 'polite'],
      ['Fatura {invoice}', 'Faturas para a contabilidade', 'Fatura de {month}'],
      [
        'Podem me enviar a fatura {invoice} em PDF? Nosso contador precisa dela.',
        'Precisamos de todas as faturas deste ano com o novo endereço da empresa.',
        'Por favor, emitam a fatura de {month} no nome da empresa e não no meu.',
      ],
    ),
    defineIntent(
      'billing high incident',
      ['calm', 'annoyed', 'furious'],
      ['Fui cobrado duas vezes', 'Cobrança de {amount} que não reconheço', 'Valor cobrado errado'],
      [
        'Este mês fomos cobrados duas vezes {amount} pelo plano {plan}. Por favor, estornem a cobrança duplicada.',
        'Aparece uma cobrança de {amount} do Planora no cartão, mas mudamos para o plano Free no mês passado.',
        'Cobraram {amount} pelo plano {plan}, mas no site o preço é bem menor.',
      ],
    ),
    defineIntent(
      'account_login normal question',
      ['calm', 'polite', 'annoyed'],
      ['Esqueci minha senha', 'E-mail de redefinição não chega', 'Não consigo entrar'],
      [
        'Esqueci minha senha e não consigo acessar minha conta. Como faço para redefinir?',
        'O e-mail para redefinir a senha não chega, nem na pasta de spam.',
        'O {app} não aceita mais minha senha. O que devo fazer?',
      ],
    ),
    defineIntent(
      'account_login high incident',
      ['calm', 'annoyed', 'urgent'],
      ['Login com SSO não funciona', 'Perdi o celular com o 2FA', 'Conta bloqueada'],
      [
        'Desde hoje cedo ninguém da empresa consegue entrar com SSO, aparece "Invalid SAML response".',
        'Roubaram meu celular com o app autenticador e não tenho os códigos de backup.',
        'Minha conta está bloqueada por excesso de tentativas há mais de uma hora.',
      ],
    ),
    defineIntent(
      'technical_problem high incident',
      ['calm', 'annoyed', 'furious', 'urgent'],
      ['Planora não carrega', 'O sistema caiu?', 'O app não funciona'],
      [
        'A {app} mostra uma página em branco desde as 9h para toda a equipe.',
        'Em todos os dispositivos aparece o erro {code} e "Não foi possível conectar ao servidor".',
        'Nenhum dos nossos {n} usuários consegue abrir os projetos, a página fica carregando.',
      ],
    ),
    defineIntent(
      'technical_problem normal incident',
      ['calm', 'polite', 'annoyed'],
      ['{integration} não sincroniza', 'Não recebo notificações', 'O Desk Display não conecta no Wi-Fi'],
      [
        'Desde segunda-feira as tarefas não aparecem mais no {integration}; reconectar não adiantou.',
        'Não recebo mais notificações no {app}, nem de comentários nem de prazos.',
        'O Desk Display pareia com o celular, mas não conecta na nossa rede Wi-Fi.',
      ],
    ),
    defineIntent(
      'bug_report normal problem',
      ['calm', 'annoyed'],
      ['Erro na visualização de calendário', 'O app fecha sozinho', 'Bug na exportação CSV'],
      [
        'Tarefas com prazo na sexta-feira aparecem na quinta na visão semanal.',
        'O {app} fecha toda vez que abro uma tarefa com anexo em PDF.',
        'Na exportação CSV, descrições com vírgulas são quebradas em várias linhas.',
      ],
    ),
    defineIntent(
      'feature_request low task',
      ['calm', 'polite', 'delighted'],
      ['Sugestão: gráfico de Gantt', 'Ideia: controle de horas', 'Modelos de projeto'],
      [
        'Seria ótimo ter uma linha do tempo com dependências entre tarefas.',
        'Gostaríamos de registrar as horas trabalhadas direto em cada tarefa.',
        'Poderiam criar modelos de projeto? Criamos as mesmas tarefas todo mês.',
      ],
    ),
    defineIntent(
      'how_to low question',
      ['calm', 'polite', 'delighted'],
      ['Tarefas recorrentes', 'Atalhos de teclado?', 'Convidar um cliente'],
      [
        'Como faço para uma tarefa se repetir toda segunda-feira?',
        'Existe uma lista de atalhos de teclado para criar tarefas mais rápido?',
        'Como convido um cliente só para um projeto sem ele ver o resto?',
      ],
    ),
    defineIntent(
      'how_to normal question',
      ['calm', 'polite'],
      ['Importar do Trello', 'Exportar meus dados', 'Configurar o {integration}'],
      [
        'Estamos saindo do Trello. Como importamos os quadros com as checklists?',
        'Como exporto todos os projetos com comentários para ter um backup?',
        'Como conecto o Planora ao {integration} para receber as novidades num canal?',
      ],
    ),
    defineIntent(
      'shipping_returns normal question',
      ['calm', 'polite', 'annoyed'],
      ['Não recebi o código de rastreio', 'Prazo de entrega para {country}', 'Cadê meu pedido {order}?'],
      [
        'Comprei um Desk Display há uma semana ({order}) e ainda não recebi o código de rastreamento.',
        'Quanto tempo leva a entrega para {country}? Vou pagar imposto de importação?',
        'Meu pedido {order} está "em processamento" há dias. Quando vai ser enviado?',
      ],
    ),
    defineIntent(
      'shipping_returns normal task',
      ['calm', 'polite', 'annoyed'],
      ['Devolução do pedido {order}', 'A tela chegou danificada', 'Garantia do Desk Display'],
      [
        'Quero devolver meu Desk Display, ele não foi usado. Pedido {order}.',
        'A tela chegou trincada. Posso mandar fotos.',
        'Minha tela parou de ligar depois de 9 meses. Está na garantia?',
      ],
    ),
    defineIntent(
      'cancellation normal task',
      ['calm', 'polite', 'annoyed'],
      ['Cancelar assinatura', 'Cancelamento do plano {plan}', 'Não renovar o plano anual'],
      [
        'Por favor, cancelem nossa assinatura {plan} no fim do período atual.',
        'Não precisamos mais do Planora e queremos cancelar. O que acontece com os dados?',
        'Não queremos que o plano anual seja renovado automaticamente em {month}.',
      ],
    ),
    defineIntent(
      'complaint normal problem',
      ['annoyed', 'furious'],
      ['Reclamação sobre o suporte', 'Aumento de preço', 'Muito insatisfeito com o redesign'],
      [
        'Meu chamado está há cinco dias sem resposta. Não é assim que se trata um cliente pagante.',
        'Aumentar o preço em 30% avisando com duas semanas de antecedência é um absurdo.',
        'Desde o redesign tudo exige mais cliques e a equipe reclama todos os dias.',
      ],
    ),
    defineIntent(
      'security urgent incident',
      ['calm', 'annoyed', 'urgent'],
      ['Login suspeito', 'Acesso não autorizado ao nosso espaço', 'Minha conta foi hackeada'],
      [
        'Recebi um alerta de login de outro país e minha senha não funciona mais.',
        'Estão aparecendo tarefas no nosso espaço de trabalho que ninguém da equipe criou.',
        'Alguém trocou o e-mail da minha conta e apagou dois projetos.',
      ],
    ),
    defineIntent(
      'other low question',
      ['calm', 'polite', 'delighted'],
      ['Programa de parceiros?', 'Contato de imprensa', 'Só queria agradecer'],
      [
        'Somos uma consultoria que implanta ferramentas de planejamento. Vocês têm programa de parceiros?',
        'Estou escrevendo uma matéria sobre ferramentas para equipes remotas e queria entrevistar alguém.',
        'Nada a relatar, só queria dizer que a nova visão de quadro economiza muitas horas da equipe.',
      ],
    ),
  ],
  written: [
    'billing normal task neutral | CNPJ na fatura\nSomos uma empresa no Brasil e precisamos que as faturas tragam nosso CNPJ 12.345.678/0001-90.',
    'billing normal question positive | Pagamento anual\nOi! Quanto economizamos se pagarmos o plano Team por ano em vez de por mês? Obrigado!',
    'account_login low task neutral | Trocar e-mail\nComo altero o e-mail da minha conta? Mudamos de domínio.',
    'account_login high incident very_negative | Três dias sem conseguir entrar\nEstou há três dias bloqueado pela verificação em duas etapas e só recebo respostas automáticas. Um absurdo!',
    'technical_problem normal incident neutral | Erro SYNC-409\nNo iPad aparece SYNC-409 toda manhã. Escolho "manter a minha" e no dia seguinte volta.',
    'technical_problem urgent incident very_negative | Sistema fora do ar no lançamento\nHá duas horas nada funciona, justo no dia mais importante do ano. Ninguém atende o telefone. Um desastre!',
    'bug_report low problem positive | Pequeno erro de digitação\nAdoro o app! Só um detalhe: em português o botão diz "Slavar" em vez de "Salvar".',
    'bug_report high problem very_negative | A atualização quebrou nosso quadro\nDesde a atualização de ontem, os cartões concluídos voltam sozinhos para "Em andamento". Vocês não testam antes de lançar?',
    'feature_request low question neutral | Modo escuro na web?\nVocês planejam um modo escuro para a versão web? Onde vejo o roadmap?',
    'feature_request low task very_positive | Ideia de um fã\nO Planora é fantástico, a gente ama! Seria perfeito se as tarefas recorrentes pulassem os feriados.',
    'how_to low question neutral | Arquivar um projeto\nComo arquivo um projeto sem apagar?',
    'how_to normal question negative | Onde muda o início da semana?\nEstou há meia hora procurando como fazer o calendário começar na segunda. Por que é tão escondido?',
    'shipping_returns high incident very_negative | Pacote perdido\nMeu pedido PD-55947 está parado na alfândega há doze dias e ninguém me responde. Quero meu dinheiro de volta!',
    'shipping_returns normal question neutral | Reembolso da devolução\nMinha devolução chegou ao armazém de vocês semana passada. Quando o reembolso vai aparecer?',
    'cancellation normal task very_negative | Cancelem AGORA\nCancelem minha conta imediatamente. O app perdeu minhas alterações duas vezes e o suporte não serve para nada.',
    'cancellation low question neutral | O que acontece se eu cancelar?\nSe cancelarmos, ficamos no plano Free com os projetos ou tudo é apagado?',
    'complaint high problem very_negative | Reclamação sobre o vendedor\nO vendedor de vocês prometeu SSO no plano Team e não é verdade. Nos sentimos enganados.',
    'complaint normal problem negative | E-mails de marketing\nJá cancelei a inscrição três vezes e continuo recebendo a newsletter toda semana.',
    'security high incident neutral | E-mail de phishing\nVários colegas receberam um e-mail de "Planora Billing" com link para uma página de login falsa.',
    'security normal question neutral | Contrato de tratamento de dados\nPrecisamos de um contrato de tratamento de dados conforme a LGPD e do relatório SOC 2 antes de contratar.',
    'other normal task neutral | Solicitação de acesso aos dados\nSolicito uma cópia de todos os dados pessoais que vocês têm sobre mim.',
    'other low question very_positive | Obrigado, Paula!\nA Paula do suporte resolveu nosso problema de importação em dez minutos e foi um amor. Obrigado!',
  ],
}
