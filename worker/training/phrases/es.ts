import type { LanguagePack } from './types.ts'
import { defineIntent } from './define.ts'

/** Spanish tickets (about 10 % of the training set). */
export const ES_PACK: LanguagePack = {
  lang: 'es',
  perIntent: 6,
  tones: {
    calm: {
      openers: ['', 'Hola,', 'Buenos días,', 'Hola equipo,'],
      closers: ['', 'Saludos, {name}', 'Un saludo.'],
    },
    polite: {
      openers: ['Hola, espero que estéis bien.', 'Buenos días, gracias de antemano por la ayuda.'],
      closers: [
        '¡Muchas gracias por vuestra ayuda!',
        'Mil gracias, que tengáis un buen día.',
        'Gracias de antemano, un saludo cordial.',
      ],
    },
    delighted: {
      openers: [
        '¡Nos encanta Planora, todo el equipo está feliz!',
        '¡Primero, enhorabuena por la app, es genial!',
      ],
      closers: ['¡Seguid así, sois los mejores!', '¡Muchísimas gracias, un servicio excelente!'],
    },
    annoyed: {
      openers: ['Esto ya empieza a ser molesto.', 'Ya escribí sobre esto la semana pasada.'],
      closers: [
        'Por favor, resolvedlo de una vez.',
        'La verdad, estoy decepcionado.',
        'Esperaba más de un producto de pago.',
      ],
    },
    furious: {
      openers: [
        '¡Esto es totalmente inaceptable!',
        'Estoy furioso.',
        'Es la tercera vez que escribo y NADA.',
      ],
      closers: ['Es el peor servicio que he recibido nunca.', 'Si no lo arregláis ya, nos vamos.'],
    },
    urgent: {
      openers: ['URGENTE:', '¡Por favor, escalad esto ya!'],
      closers: [
        'Todo el equipo está bloqueado ahora mismo.',
        'Tenemos una entrega a un cliente en dos horas.',
      ],
    },
  },
  slots: {
    name: ['Lucía', 'Javier', 'M. García', 'Sofía', 'Andrés', 'Carmen'],
    order: ['PD-50844', 'PD-52731', 'PD-55608', 'PD-59013'],
    invoice: ['PLN-2026-003554', 'PLN-2026-004401', 'PLN-2026-004923'],
    amount: ['348 €', '96 €', '1.188 €', '79 USD'],
    plan: ['Team', 'Business'],
    app: ['app de iOS', 'app de Android', 'aplicación web'],
    integration: ['Slack', 'Google Calendar', 'Microsoft Teams'],
    country: ['México', 'Argentina', 'Colombia', 'Chile', 'España'],
    month: ['enero', 'marzo', 'julio', 'octubre'],
    n: ['15', '40', '120'],
    code: ['SYNC-409', 'NET-503'],
  },
  intents: [
    defineIntent(
      'billing low task',
      ['calm', 'polite'],
      ['Factura {invoice}', 'Facturas para contabilidad', 'Factura de {month}'],
      [
        '¿Me podéis enviar la factura {invoice} en PDF? La necesita nuestro contable.',
        'Necesitamos todas las facturas de este año con la nueva dirección fiscal de la empresa.',
        'Por favor, emitid la factura de {month} a nombre de la empresa y no al mío.',
      ],
    ),
    defineIntent(
      'billing high incident',
      ['calm', 'annoyed', 'furious'],
      ['Me habéis cobrado dos veces', 'Cargo de {amount} que no reconozco', 'Importe incorrecto'],
      [
        'Este mes nos habéis cobrado dos veces {amount} por el plan {plan}. Por favor, devolved el cargo duplicado.',
        'En mi tarjeta aparece un cargo de {amount} de Planora, pero pasamos al plan Free el mes pasado.',
        'Nos habéis cobrado {amount} por el plan {plan}, pero según la web el precio es bastante menor.',
      ],
    ),
    defineIntent(
      'account_login normal question',
      ['calm', 'polite', 'annoyed'],
      ['Olvidé mi contraseña', 'No llega el correo de recuperación', 'No puedo entrar'],
      [
        'He olvidado mi contraseña y no puedo entrar en mi cuenta. ¿Cómo la restablezco?',
        'No me llega el correo para restablecer la contraseña, tampoco en spam.',
        'La {app} ya no acepta mi contraseña. ¿Qué hago?',
      ],
    ),
    defineIntent(
      'account_login high incident',
      ['calm', 'annoyed', 'urgent'],
      ['Falla el inicio de sesión con SSO', 'Perdí el móvil con el 2FA', 'Cuenta bloqueada'],
      [
        'Desde esta mañana nadie de la empresa puede entrar con SSO, sale "Invalid SAML response".',
        'Me robaron el móvil donde tenía la app de autenticación y no tengo códigos de respaldo.',
        'Mi cuenta está bloqueada por demasiados intentos desde hace más de una hora.',
      ],
    ),
    defineIntent(
      'technical_problem high incident',
      ['calm', 'annoyed', 'furious', 'urgent'],
      ['Planora no carga', '¿Hay una caída del servicio?', 'La app no funciona'],
      [
        'La {app} muestra una página en blanco desde las 9 para todo el equipo.',
        'En todos los dispositivos sale el error {code} y "No se puede conectar con el servidor".',
        'Ninguno de nuestros {n} usuarios puede abrir sus proyectos, la página no termina de cargar.',
      ],
    ),
    defineIntent(
      'technical_problem normal incident',
      ['calm', 'polite', 'annoyed'],
      ['{integration} no sincroniza', 'No me llegan notificaciones', 'El Desk Display no se conecta al wifi'],
      [
        'Desde el lunes las tareas ya no aparecen en {integration}; reconectar no ayuda.',
        'No recibo notificaciones en la {app}, ni de comentarios ni de fechas de vencimiento.',
        'El Desk Display se empareja con el móvil pero no se conecta a nuestra red wifi.',
      ],
    ),
    defineIntent(
      'bug_report normal problem',
      ['calm', 'annoyed'],
      ['Error en la vista de calendario', 'La app se cierra sola', 'Fallo al exportar CSV'],
      [
        'Las tareas que vencen el viernes aparecen el jueves en la vista semanal.',
        'La {app} se cierra cada vez que abro una tarea con un PDF adjunto.',
        'Al exportar a CSV, las descripciones con comas se parten en varias filas.',
      ],
    ),
    defineIntent(
      'feature_request low task',
      ['calm', 'polite', 'delighted'],
      ['Sugerencia: diagrama de Gantt', 'Idea: control de tiempo', 'Plantillas de proyecto'],
      [
        'Sería genial tener una línea de tiempo con dependencias entre tareas.',
        'Nos encantaría poder registrar horas directamente en cada tarea.',
        '¿Podríais añadir plantillas de proyecto? Creamos las mismas tareas cada mes.',
      ],
    ),
    defineIntent(
      'how_to low question',
      ['calm', 'polite', 'delighted'],
      ['Tareas recurrentes', '¿Atajos de teclado?', 'Invitar a un cliente'],
      [
        '¿Cómo hago que una tarea se repita todos los lunes?',
        '¿Hay una lista de atajos de teclado para crear tareas más rápido?',
        '¿Cómo invito a un cliente solo a un proyecto sin que vea el resto?',
      ],
    ),
    defineIntent(
      'how_to normal question',
      ['calm', 'polite'],
      ['Importar desde Trello', 'Exportar mis datos', 'Configurar {integration}'],
      [
        'Venimos de Trello. ¿Cómo importamos los tableros con sus listas de control?',
        '¿Cómo exporto todos los proyectos con comentarios como copia de seguridad?',
        '¿Cómo conecto Planora con {integration} para recibir las novedades en un canal?',
      ],
    ),
    defineIntent(
      'shipping_returns normal question',
      ['calm', 'polite', 'annoyed'],
      ['No tengo número de seguimiento', 'Plazo de envío a {country}', '¿Dónde está mi pedido {order}?'],
      [
        'Pedí una Desk Display hace una semana ({order}) y aún no tengo número de seguimiento.',
        '¿Cuánto tarda el envío a {country}? ¿Hay que pagar aduana?',
        'Mi pedido {order} lleva días en "procesando". ¿Cuándo lo enviáis?',
      ],
    ),
    defineIntent(
      'shipping_returns normal task',
      ['calm', 'polite', 'annoyed'],
      ['Devolución del pedido {order}', 'La pantalla llegó dañada', 'Garantía de la Desk Display'],
      [
        'Quiero devolver mi Desk Display, está sin usar. Pedido {order}.',
        'La pantalla llegó con una grieta. Puedo mandar fotos.',
        'Mi pantalla dejó de encenderse a los 9 meses. ¿Entra en la garantía?',
      ],
    ),
    defineIntent(
      'cancellation normal task',
      ['calm', 'polite', 'annoyed'],
      ['Cancelar suscripción', 'Baja del plan {plan}', 'No renovar el plan anual'],
      [
        'Por favor, cancelad nuestra suscripción {plan} al final del periodo.',
        'Ya no necesitamos Planora y queremos darnos de baja. ¿Qué pasa con los datos?',
        'No queremos que el plan anual se renueve automáticamente en {month}.',
      ],
    ),
    defineIntent(
      'complaint normal problem',
      ['annoyed', 'furious'],
      ['Queja sobre el soporte', 'Subida de precio', 'Muy descontento con el rediseño'],
      [
        'Llevo cinco días esperando respuesta a mi ticket. Así no se trata a un cliente que paga.',
        'Subir el precio un 30 % avisando con dos semanas nos parece vergonzoso.',
        'Desde el rediseño todo requiere más clics y el equipo se queja cada día.',
      ],
    ),
    defineIntent(
      'security urgent incident',
      ['calm', 'annoyed', 'urgent'],
      ['Inicio de sesión sospechoso', 'Acceso no autorizado a nuestro espacio', 'Me han hackeado la cuenta'],
      [
        'Recibí un aviso de inicio de sesión desde otro país y mi contraseña ya no funciona.',
        'En nuestro espacio de trabajo aparecen tareas que nadie del equipo ha creado.',
        'Alguien cambió el correo de mi cuenta y borró dos proyectos.',
      ],
    ),
    defineIntent(
      'other low question',
      ['calm', 'polite', 'delighted'],
      ['¿Programa de partners?', 'Consulta de prensa', 'Solo quería dar las gracias'],
      [
        'Somos una consultora que implanta herramientas de planificación. ¿Tenéis programa de partners?',
        'Escribo un artículo sobre herramientas para equipos remotos y me gustaría entrevistar a alguien.',
        'Nada que reportar, solo deciros que la nueva vista de tablero nos ahorra muchas horas.',
      ],
    ),
  ],
  written: [
    'billing normal task neutral | NIF en la factura\nSomos una empresa en España y necesitamos que las facturas incluyan nuestro NIF B12345678.',
    'billing normal question positive | Pago anual\n¡Hola! ¿Cuánto ahorramos si pagamos el plan Team al año en vez de al mes? ¡Gracias!',
    'account_login low task neutral | Cambiar correo\n¿Cómo cambio el correo electrónico de mi cuenta? Hemos cambiado de dominio.',
    'account_login high incident very_negative | Tres días sin poder entrar\nLlevo tres días bloqueado por la verificación en dos pasos y solo recibo respuestas automáticas. ¡Es indignante!',
    'technical_problem normal incident neutral | Error SYNC-409\nEn el iPad me sale SYNC-409 cada mañana. Elijo "conservar la mía" y al día siguiente vuelve.',
    'technical_problem urgent incident very_negative | Caída total en pleno lanzamiento\nLlevamos dos horas sin poder usar nada en el día más importante del año. Nadie coge el teléfono. ¡Un desastre!',
    'bug_report low problem positive | Pequeño error de traducción\n¡Me encanta la app! Un detalle: en español el botón dice "Guardr" en vez de "Guardar".',
    'bug_report high problem very_negative | La actualización rompió el tablero\nDesde la actualización de ayer las tarjetas completadas vuelven solas a "En curso". ¿No probáis nada antes de publicar?',
    'feature_request low question neutral | ¿Modo oscuro en la web?\n¿Tenéis previsto un modo oscuro para la aplicación web? ¿Dónde se ve la hoja de ruta?',
    'feature_request low task very_positive | Una idea de un fan\n¡Planora es fantástico, lo adoramos! Sería perfecto si las tareas recurrentes se saltaran los festivos.',
    'how_to low question neutral | Archivar un proyecto\n¿Cómo archivo un proyecto sin borrarlo?',
    'how_to normal question negative | ¿Dónde se cambia el inicio de semana?\nLlevo media hora buscando cómo hacer que el calendario empiece el lunes. ¿Por qué está tan escondido?',
    'shipping_returns high incident very_negative | Paquete perdido\nMi pedido PD-55911 lleva doce días parado en aduana y nadie me contesta. ¡Quiero mi dinero!',
    'shipping_returns normal question neutral | Reembolso de la devolución\nMi devolución llegó a vuestro almacén la semana pasada. ¿Cuándo veré el reembolso?',
    'cancellation normal task very_negative | Dadme de baja YA\nCancelad mi cuenta inmediatamente. La app ha perdido mis cambios dos veces y el soporte no sirve para nada.',
    'cancellation low question neutral | ¿Qué pasa si cancelo?\nSi cancelamos, ¿nos quedamos en el plan Free con los proyectos o se borra todo?',
    'complaint high problem very_negative | Queja sobre vuestro comercial\nVuestro comercial nos prometió SSO en el plan Team y no es verdad. Nos sentimos engañados.',
    'complaint normal problem negative | Correos de marketing\nMe he dado de baja tres veces y sigo recibiendo vuestro boletín cada semana.',
    'security high incident neutral | Correo de phishing\nVarios compañeros han recibido un correo de "Planora Billing" con un enlace a una página de inicio de sesión falsa.',
    'security normal question neutral | Contrato de encargo de tratamiento\nNecesitamos un contrato de encargo de tratamiento y vuestro informe SOC 2 antes de contratar.',
    'other normal task neutral | Derecho de acceso\nSolicito una copia de todos los datos personales que tenéis sobre mí.',
    'other low question very_positive | ¡Gracias, Marta!\nMarta, de soporte, resolvió nuestro problema de importación en diez minutos y fue encantadora. ¡Gracias!',
  ],
}
