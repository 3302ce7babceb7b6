# Textos en español de los informes de cohesion, en formato Project Fluent (https://projectfluent.org/).
# Mismos identificadores que en.ftl (un mensaje que falte aquí se muestra en inglés); véase
# docs/TRANSLATIONS.md. Las variables { $nombre } las rellena el programa: no se traducen.
# Traducción hecha con ayuda de herramientas automáticas y revisada solo en parte: se agradecen
# las correcciones, sobre todo de la terminología estadística y de la RECI.
#
# Español de España (Red de Ciudades Interculturales, RECI). Números: coma decimal y punto como
# separador de millares, este solo a partir de cinco cifras (1411, pero 11.419; CLDR,
# minimumGroupingDigits = 2). Espacio de no separación (U+00A0) antes de «%» («45,2 %»), como
# recomienda la RAE. Fechas: «29 de marzo de 2015», meses en minúscula.
#
# Plural según CLDR: «one» solo para 1 («1 punto», «2 puntos»). El español no elide, así que las
# variables $x_vowel no se usan.

## number
number-decimal = ,
number-group = {"."}
number-group_min_digits = 5
number-percent = { $v } %

## date
date-pattern = { $d } de { $month } de { $y }
wave-pattern = { $month } de { $y }

## month
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## month_short
month_short-1 = ene.
month_short-2 = feb.
month_short-3 = mar.
month_short-4 = abr.
month_short-5 = may.
month_short-6 = jun.
month_short-7 = jul.
month_short-8 = ago.
month_short-9 = sept.
month_short-10 = oct.
month_short-11 = nov.
month_short-12 = dic.

## common
common-contents = Contenido
common-source = Fuente: { $project }, ejecución de cohesion { $run }
common-footer_method = Las valoraciones proceden de una prueba fijada de antemano (la tendencia en cinco o más oleadas; si no, la primera oleada frente a la última) con los grados de libertad del diseño muestral; valores q según { $method }; significativo quiere decir q < { $alpha }; «estable» exige una prueba de equivalencia. No se muestran las estimaciones basadas en menos de { $min_n } respuestas.
common-footer_run = { $project } · cohesion { $version } · ejecución { $run }
common-n_cities = { $n ->
        [one] { $n } ciudad.
       *[other] { $n } ciudades.
    }
common-no_diagnostics = La tabla de diagnósticos de los conjuntos de indicadores (diagnostics) no está en el almacén, por lo que aquí no se muestran la fiabilidad, la falta de respuesta, la detectabilidad ni la redundancia. Ejecute la etapa workbench para añadirla.

## method
method-bh = tasa de falsos descubrimientos de Benjamini–Hochberg
method-holm = Holm

## unit
unit-pp = { $n ->
        [one] punto porcentual
       *[other] puntos porcentuales
    }
unit-points = { $n ->
        [one] punto
       *[other] puntos
    }
unit-scale_points = { $n ->
        [one] punto de la escala
       *[other] puntos de la escala
    }
unit-per_year = { $unit } al año

## axis
axis-percent = % de personas encuestadas
axis-score = puntuación (0–100)
axis-raw = media en la escala de la pregunta
axis-wave = oleada del barómetro (trabajo de campo)
axis-gap_pp = diferencia entre los grupos, en puntos porcentuales
axis-gap_points = diferencia entre los grupos, en puntos (0–100)
axis-gap_raw = diferencia entre los grupos, en la escala de la pregunta
axis-rho = correlación de Spearman ρ
axis-score_or_percent = % de personas encuestadas o puntuación (0–100)

## chart
chart-estimate = Estimación
chart-interval = Intervalo de confianza del 95 %
chart-trend = Línea de tendencia (pendiente anual)
chart-break = ruptura de serie
chart-suppressed = n < { $min_n }
chart-peer_median = Mediana de las homólogas
chart-peer_spread = Homólogas, mitad central
chart-no_data = sin datos
chart-trend_subtitle = { $city }: { $waves ->
        [one] { $waves } oleada
       *[other] { $waves } oleadas
    }, { $n ->
        [one] { $n } persona encuestada
       *[other] { $n } personas encuestadas
    } en total, de { $first } a { $last }
chart-peer_title = { $city } y ciudades similares
chart-peer_subtitle = { $group }: { $n ->
        [one] { $n } ciudad homóloga
       *[other] { $n } ciudades homólogas
    }; última oleada del barómetro
chart-radar_title = Áreas del Índice ICC: { $city } y la mediana de las homólogas
chart-radar_subtitle = Evaluación de { $year } (versión { $version } del Índice); mediana de las últimas evaluaciones de { $n } ciudades
chart-gap_title = { $dim }: { $group } − { $reference }
chart-gap_subtitle = { $city }, { $wave }; n = { $n ->
        [one] { $n } persona encuestada
       *[other] { $n } personas encuestadas
    }
chart-gap_caption = Las barras son los intervalos ajustados por comparaciones múltiples (los que figuran junto a q); las filas resaltadas (en azul) son significativas tras la corrección.
chart-no_gap = sin diferencia
chart-network_subtitle = Última oleada de { $n ->
        [one] { $n } ciudad
       *[other] { $n } ciudades
    }, { $resp ->
        [one] { $resp } persona encuestada
       *[other] { $resp } personas encuestadas
    }
chart-network_median = mediana de las ciudades
chart-assoc_title = Índice ICC y cohesión entre ciudades
chart-assoc_subtitle = ρ de Spearman con su intervalo ajustado por comparaciones múltiples; { $n } ciudades
chart-no_association = sin asociación
chart-composite_title = Índice compuesto: { $set }
chart-composite_subtitle = Puntuación con su intervalo muestral del 95 % (pesos replicados); { $n } ciudades
chart-range = { $lo } a { $hi }
chart-interval_adjusted = intervalo ajustado por comparaciones múltiples
chart-interval_sampling = intervalo muestral del 95 % (pesos replicados)

## alt
alt-trend = Gráfico de líneas de «{ $indicator }» en { $city } de { $first } a { $last }, con su banda de confianza del 95 %. Último valor: { $latest }.
alt-peers = Gráfico de puntos que sitúa a { $city } frente a la mitad central y la mediana de sus homólogas ({ $group })
alt-radar = Gráfico radial de las áreas del Índice ICC de { $city } en { $year } (puntuación de la ciudad / mediana de las homólogas):

## phrase
phrase-estimate = { $value } en { $wave } (IC del 95 %: { $lo } a { $hi }; n = { $n })
phrase-estimate_short = { $value } ({ $lo }–{ $hi })
phrase-suppressed = respuestas insuficientes en { $wave }
phrase-too_few = respuestas insuficientes para mostrar una estimación
phrase-too_few_short = respuestas insuficientes
phrase-change = { $diff } { $unit } (intervalo ajustado { $lo } a { $hi }; { $q })
phrase-change_short = { $diff } ({ $lo } a { $hi }); { $q }
phrase-diff_ci = { $diff } ({ $lo } a { $hi })

## sentence
sentence-latest = Último valor: { $latest }.
sentence-change_sig = Cambio significativo de { $from } a { $to }: { $change }.
sentence-change_ns = Sin cambio claro de { $from } a { $to }: los datos son compatibles con cualquier valor entre { $lo } y { $hi } { $unit } ({ $q }).
sentence-across_break = Esta comparación atraviesa una ruptura de serie, por lo que no es estrictamente comparable.
sentence-trend_up = Tendencia al alza en { $n } oleadas, de { $first } a { $last }: unos { $slope } { $per_year } (prueba de tendencia sobre las estimaciones de las oleadas y sus márgenes de error; { $q }).
sentence-trend_down = Tendencia a la baja en { $n } oleadas, de { $first } a { $last }: unos { $slope } { $per_year } (prueba de tendencia sobre las estimaciones de las oleadas y sus márgenes de error; { $q }).
sentence-trend_none = Sin tendencia clara en { $n } oleadas, de { $first } a { $last } (pendiente { $slope } { $per_year }; { $q }).
sentence-trend_fluctuating = Sin tendencia sostenida en { $n } oleadas, de { $first } a { $last }, pero el nivel ha variado entre oleadas más allá del margen de error (pendiente media { $slope } { $per_year }; { $q }).
sentence-trend_few = Hay muy pocas oleadas comparables ({ $n }) para una prueba de tendencia; se necesitan al menos cinco.
sentence-trend_after_break = La prueba de tendencia solo usa las oleadas posteriores a la última ruptura de serie.
sentence-dip = El último paso en la dirección desfavorable está dentro del margen de error: no demuestra un descenso.
sentence-lower_is_better = En este indicador, los valores más bajos son mejores.
sentence-mode_break = Ruptura de serie antes de { $wave }: el modo de recogida pasó de «{ $from }» a «{ $to }».
sentence-change_eq = Estable de { $from } a { $to }: { $change }; el cambio queda dentro del margen de equivalencia.
sentence-flagged = Interprete con cautela el último dato: se basa en pocas unidades de muestreo o su intervalo es amplio.

## tone
tone-stable = Sin cambio significativo
tone-significant = significativo
tone-significant_cap = Significativo

## trend
trend-up = al alza, { $slope } { $per_year }
trend-down = a la baja, { $slope } { $per_year }
trend-none = sin tendencia clara
trend-fluctuating = fluctuante, sin dirección sostenida
trend-few = muy pocas oleadas

## position
position-above = por encima de la mitad central
position-below = por debajo de la mitad central
position-within = no se distingue de la mitad central
position-unknown = no disponible

## peers
peers-knn = { $k ->
        [one] La ciudad más similar
       *[other] Las { $k } ciudades más similares
    }
peers-population = Ciudades de tamaño similar (población { $band })
peers-foreign_born = Ciudades con una proporción similar de población nacida en el extranjero ({ $band })

## mode
mode-online = en línea
mode-phone = teléfono
mode-face_to_face = presencial
mode-paper = papel
mode-mixed = modos mixtos

## dim
dim-migrant_background = Origen migrante
dim-age_band = Edad
dim-gender = Género
dim-neighbourhood = Barrio

## group.migrant_background
group-migrant_background-yes = de origen migrante
group-migrant_background-no = sin origen migrante

## group.gender
group-gender-man = hombres
group-gender-woman = mujeres
group-gender-other = otro género

## item
item-trust_people = Se puede confiar en la mayoría de la gente
item-trust_neighbours = Confianza en el vecindario
item-trust_institutions = Confianza en la administración municipal
item-belonging = Sentimiento de pertenencia a la ciudad
item-get_along = Las personas de distintos orígenes se llevan bien
item-diversity_advantage = La diversidad es una ventaja
item-contact_diverse = Contacto significativo entre personas de distintos orígenes
item-discrimination_experienced = Discriminación sufrida
item-safety_night = Sensación de seguridad de noche
item-civic_participation = Participación cívica

## activity
activity-intercultural_dialogue = Diálogo intercultural
activity-sports_mixed_teams = Deporte en equipos mixtos
activity-info_session = Sesión informativa

## effect
effect-difference_in_proportions = diferencia de proporciones
effect-matched-pairs_rank-biserial_r = r biserial de rangos

## source
source-survey = encuesta municipal
source-barometer = barómetro
source-index = Índice ICC

## statistic
statistic-share_agree = proporción de acuerdo (%)
statistic-mean = media en la escala de la pregunta
statistic-mean_pomp = puntuación media (0–100)
statistic-scale_pomp = puntuación de la escala (0–100)
statistic-index_area = puntuación de un área del Índice
statistic-index_aggregate = Índice agregado

## polarity
polarity-higher_is_better = más alto es mejor
polarity-lower_is_better = más bajo es mejor

## norm
norm-pomp = porcentaje del máximo posible
norm-minmax = mín.–máx.
norm-zscore = puntuaciones z

## agg
agg-arithmetic = media aritmética
agg-geometric = media geométrica

## metric
metric-alpha = α de Cronbach
metric-missing = falta de respuesta al ítem (%)
metric-unit_missing = pregunta no formulada (proporción)
metric-floor = efecto suelo (%)
metric-ceiling = efecto techo (%)
metric-mdc = cambio mínimo detectable
metric-mdc_median = cambio mínimo detectable (mediana)
metric-share_significant = cambios significativos (%)
metric-typical_change = cambio típico
metric-spearman_icc_index = ρ con el Índice ICC
metric-item_missing = falta de respuesta al ítem (proporción)
metric-item_rest = correlación ítem-resto
metric-corr_with = correlación (Pearson)
metric-spearman_with = correlación (Spearman)
metric-spearman_icc_index_p = p de ρ con el Índice ICC
metric-detectable_slope = tendencia detectable al año
metric-detectable_slope_median = tendencia detectable al año (mediana)
metric-true_change_sd = desviación típica del cambio real

## col
col-indicator = Indicador
col-latest = Último valor (IC del 95 %)
col-n = n
col-last_change = Cambio desde la oleada anterior
col-trend = Tendencia
col-city_value = Ciudad
col-peer_median = Mediana de las homólogas
col-peer_iqr = Mitad central de las homólogas
col-position = Posición
col-area = Área
col-city_score = Puntuación de la ciudad
col-n_peers = Homólogas con datos
col-year = Año
col-version = Versión del Índice
col-index = Índice ICC
col-note = Nota
col-groups = Grupos comparados
col-values = Valores
col-gap = Diferencia (intervalo ajustado)
col-q = q
col-activity = Actividad
col-item = Pregunta
col-pairs = Pares
col-before = Antes
col-after = Después
col-effect_size = Tamaño del efecto
col-city = Ciudad
col-waves = Oleadas del barómetro
col-period = Periodo
col-respondents = Personas encuestadas
col-surveys = Encuestas municipales
col-index_latest = Último Índice ICC (versión)
col-index_measure = Medida del Índice ICC
col-n_cities = Ciudades
col-rho = ρ (intervalo ajustado por comparaciones múltiples)
col-wave = Oleada
col-score = Puntuación (intervalo muestral del 95 %)
col-score_band = Banda de sensibilidad de la puntuación (95 %)
col-rank_interval = Puesto: intervalo muestral (mediana)
col-rank_band = Puesto: banda de sensibilidad
col-n_ranked = Ciudades clasificadas
col-source = Fuente · estadístico
col-items = Preguntas o áreas
col-polarity = Sentido
col-sig_changes = Cambios significativos
col-ci_width = Amplitud típica del IC del 95 %
col-rho_index = ρ con el Índice ICC (IC del 95 %)
col-verdict = Valoración
col-set = Conjunto
col-reasons = Motivos

## city
city-title = { $city }: informe de cohesión
city-subtitle = { $project } · { $set } · última oleada del barómetro: { $latest }
city-glance = De un vistazo
city-glance_intro = La valoración de cada indicador, según la prueba elegida de antemano (la tendencia en cinco o más oleadas; si no, la primera oleada frente a la última), tras corregir por las numerosas comparaciones realizadas (q < { $alpha }). «Estable» significa que se ha demostrado que el cambio queda dentro de una banda estrecha; «fluctuante», que el nivel ha variado entre oleadas más allá del margen de error sin una dirección sostenida; «sin cambio claro», que los datos no permiten concluir. El último cambio significativo entre dos oleadas se indica junto a la palabra.
city-no_findings = Aún no se puede medir ningún cambio en esta ciudad: una comparación necesita al menos dos oleadas de la misma fuente.
city-over_time = La ciudad a lo largo del tiempo
city-over_time_intro = Cada indicador del barómetro de cohesión, oleada a oleada, con su intervalo de confianza del 95 %. Un cambio se considera significativo cuando su valor q es inferior a { $alpha } tras corregir por las numerosas comparaciones realizadas ({ $method }); si no, el informe indica que no hubo cambio significativo, y eso es un resultado, no un fracaso.
city-table_over_time = Indicadores del barómetro: último valor, cambios y tendencia
city-table_note_n = Basado en { $n ->
        [one] { $n } respuesta
       *[other] { $n } respuestas
    } en el conjunto de las oleadas.
city-table_note_units = Los cambios se expresan en puntos porcentuales para las proporciones (%) y en puntos para las puntuaciones; el intervalo entre paréntesis está ajustado por las numerosas comparaciones realizadas (es el intervalo que acompaña a q).
city-table_note_break = † atraviesa una ruptura de serie.
city-peers = Comparación con ciudades similares
city-peers_intro = Cada gráfico sitúa a la ciudad (punto) frente a sus ciudades homólogas: la barra gris es la mitad central de las homólogas (del primer al tercer cuartil) y la marca negra, su mediana. Es una comparación, no una clasificación.
city-peer_list = Ciudades homólogas: { $cities } ({ $n ->
        [one] { $n } ciudad
       *[other] { $n } ciudades
    }).
city-peer_table = Posición frente a las homólogas: { $group }
city-peer_note = Los valores de las homólogas corresponden a su última oleada del barómetro ({ $n ->
        [one] { $n } ciudad
       *[other] { $n } ciudades
    }).
city-peer_other_mode = Modo de recogida: { $k } de las { $n } últimas oleadas de las homólogas usaron un modo distinto del de esta ciudad, y un efecto de modo puede parecer una diferencia entre ciudades (la oleada, la fecha y el modo de cada homóloga figuran en la tabla peer_waves del almacén).
city-index = Índice ICC
city-index_intro = La evaluación de { $year } del Índice de Ciudades Interculturales (versión { $version }), área por área, frente a la mediana de las últimas evaluaciones de sus { $n } ciudades más similares ({ $cities }).
city-index_peer_versions = Algunas de las últimas evaluaciones de las homólogas usaron otra versión del Índice y no son estrictamente comparables: { $list }.
city-index_table = Áreas del Índice ICC, { $year }
city-index_history = Evaluaciones del Índice ICC
city-index_not_comparable = cambio de versión: no es estrictamente comparable con la evaluación anterior
city-index_break = El cuestionario del Índice cambió entre { $from_year } (versión { $from }) y { $to_year } (versión { $to }): las puntuaciones anteriores y posteriores no son estrictamente comparables.
city-gaps = Diferencias entre grupos
city-gaps_intro = Diferencias entre grupos de habitantes en { $wave }. { $sig } de las { $tested } diferencias analizadas son significativas tras la corrección ({ $method }).
city-gaps_none = Ninguna de las diferencias entre grupos es significativa (q < { $alpha }): con estos tamaños muestrales, no se pueden distinguir los grupos.
city-gaps_table = Diferencias significativas entre grupos, { $wave }
city-gaps_note = { $n ->
        [one] { $n } persona encuestada
       *[other] { $n } personas encuestadas
    } en la oleada.
city-activities = Actividades de contacto
city-activities_table = Antes y después: respuestas de los participantes
city-surveys = Encuestas municipales
city-surveys_intro = Indicadores de las propias encuestas de población de la ciudad.
city-surveys_table = Indicadores de las encuestas municipales
city-single_wave = por ahora, una sola oleada
city-how_to_read = Cómo leer este informe
city-notes = Notas sobre los datos
city-table_note_flag = ‡ interpretar con cautela: la estimación se basa en menos de 8 grados de libertad del diseño o su intervalo es amplio en relación con su valor.
city-gaps_source = Última oleada ({ $source }): { $wave }
city-peers_too_few = Hay muy pocas ciudades comparables: una comparación necesita al menos { $min } con un valor.

## read
read-ci = Cada cifra procede de una encuesta por muestreo. El intervalo de confianza del 95 % indica el rango en el que con mayor probabilidad se encuentra el valor real; n es el número de respuestas en que se basa.
read-q = Un cambio se considera significativo cuando su valor q es inferior a { $alpha }. Los valores q corrigen por las numerosas comparaciones realizadas a la vez ({ $method }), para que las diferencias debidas al azar no se presenten como hallazgos.
read-no_change = «Sin cambio claro» es un hallazgo, no un fracaso: el cambio, si lo hubo, fue demasiado pequeño para que la muestra lo detectara. Solo una prueba de equivalencia puede mostrar que un indicador se ha mantenido («estable»).
read-peers = Las comparaciones con otras ciudades muestran la mitad central y la mediana de ciudades similares. No son clasificaciones.
read-causation = Estas cifras describen cómo cambia el clima en la ciudad; por sí solas no muestran por qué. Los vínculos con el Índice ICC entre ciudades son asociaciones, no efectos causales.

## notes
notes-suppressed = { $k } de las { $total } estimaciones de esta ciudad (por oleada, grupo e indicador) se basan en menos de { $min_n } respuestas y aparecen como «respuestas insuficientes».
notes-suppressed_waves = Estimaciones para el conjunto de la población con menos de { $min_n } respuestas: { $waves }.
notes-rejects = Se rechazaron durante la validación { $k } de las { $n } filas de entrada de { $files ->
        [one] { $files } fichero de encuesta
       *[other] { $files } ficheros de encuesta
    } de esta ciudad (se enumeran con fichero, línea y motivo en la tabla rejects).
notes-all_rejected = { $k ->
        [one] Una oleada no tiene
       *[other] { $k } oleadas no tienen
    } estimaciones porque se rechazaron todas sus filas ({ $waves }); las filas rechazadas figuran en la tabla rejects del almacén.
notes-unweighted = { $k ->
        [one] Una oleada no está ponderada
       *[other] { $k } oleadas no están ponderadas
    } ({ $waves }): cada persona encuestada cuenta lo mismo, así que las estimaciones describen la muestra y solo representan a la ciudad en la medida en que la muestra se le parezca.
notes-replicate_weights = { $k ->
        [one] Una oleada aporta sus propios
       *[other] { $k } oleadas aportan sus propios
    } pesos replicados ({ $types }: { $waves }). De ellos proceden todos los errores típicos, intervalos y pruebas de estas oleadas, con sus grados de libertad (el rango de los pesos replicados menos uno); también los intervalos muestrales del índice compuesto y los de la fiabilidad.
notes-no_mode_break = No hubo cambio de modo de recogida entre las oleadas del barómetro.
notes-mode_break_rule = Los cambios que la atraviesan se señalan y las pruebas de tendencia empiezan después de ella.
notes-method = Comparaciones múltiples: { $method }; nivel de significación α = { $alpha }; se ocultan las estimaciones basadas en menos de { $min_n } respuestas.
notes-run = Ejecución { $run } de { $project }.

## brief
brief-title = { $city }: qué muestra el barómetro de cohesión
brief-subtitle = Última encuesta: { $latest } ({ $n ->
        [one] { $n } habitante
       *[other] { $n } habitantes
    }); { $waves ->
        [one] { $waves } oleada
       *[other] { $waves } oleadas
    } desde { $first }
brief-subtitle_none = Aún no hay oleadas del barómetro
brief-findings = Lo que hemos observado
brief-no_findings = Aún no hay suficientes oleadas del barómetro para presentar resultados.
brief-all_rejected = No se muestra la oleada { $wave }: sus { $n } filas se rechazaron al comprobar los datos.
brief-peers_lead = Frente a ciudades similares:
brief-peers = { $group } ({ $cities }): la ciudad no se distingue de su mitad central en { $within } de { $total } indicadores{ $more }.
brief-peers_mode = { $k } de estas { $n } ciudades usaron otro modo de recogida, y un efecto de modo puede parecer una diferencia entre ciudades.
brief-peers_ahead = ; está claramente por delante de la mayoría en { $n }
brief-peers_behind = ; está claramente por detrás de la mayoría en { $n }
brief-mode_break = Nota: el método de encuesta cambió en { $wave } ({ $from } → { $to }); los resultados de antes y después no son directamente comparables y las tendencias se miden desde entonces.
brief-what_shows = Qué muestran estos resultados y qué no
brief-shows_sample = Las cifras proceden de encuestas a una muestra de habitantes: cada una tiene un margen de error (el intervalo del 95 % indicado).
brief-shows_q = Solo llamamos significativo a un cambio si es improbable que se deba al azar, teniendo en cuenta las numerosas comparaciones realizadas (q < { $alpha }); los intervalos junto a q también las tienen en cuenta.
brief-shows_causation = { $source ->
        [survey] Las encuestas municipales muestran cómo ven la ciudad sus habitantes, no por qué: no prueban que una política haya causado un cambio.
       *[barometer] El barómetro muestra cómo cambia el clima, no por qué: no prueba que una política haya causado un cambio.
    }
brief-shows_peers = Las comparaciones con ciudades similares sitúan a la ciudad frente a su mitad central; no son una clasificación.
brief-talk_title = Cómo comunicar este resultado
brief-talk_dip = { $list }: el último retroceso está dentro del margen de error. Un descenso dentro del intervalo no es un fracaso ni una tendencia.
brief-talk_decline = { $list }: un descenso real. Es un motivo para actuar —ver qué grupos y barrios han cambiado—, no para dejar de medir.
brief-talk_keep = Seguir midiendo: solo una serie continuada puede mostrar si la acción funciona.
brief-talk_say = Decir lo que muestran los datos con su incertidumbre; evitar «hemos fracasado» o «lo hemos logrado» por una sola encuesta.
brief-full_report = El informe completo de la ciudad da cada cifra con su intervalo, la comparación con las homólogas y las notas sobre los datos.
brief-gaps_lead = Diferencias sólidas entre grupos:
brief-subtitle_survey = Última encuesta municipal: { $latest } ({ $n ->
        [one] { $n } habitante
       *[other] { $n } habitantes
    }); aún no hay oleadas del barómetro
brief-title_survey = { $city }: qué muestran las encuestas municipales
brief-no_findings_levels = Aún no se puede medir ningún cambio: una comparación necesita una segunda ronda. Situación actual de la ciudad:
brief-level_line = { $indicator }: { $latest }

## network
network-title = Barómetro de cohesión: informe de la red
network-subtitle = { $project } · { $n ->
        [one] { $n } ciudad
       *[other] { $n } ciudades
    } · para investigadores
network-intro = Todas las ciudades de la red, una junto a otra: el barómetro a lo largo del tiempo, los vínculos entre el Índice ICC y la cohesión, el índice compuesto y los diagnósticos de los indicadores. Las estimaciones llevan intervalos de confianza del 95 % y la significación se basa en valores q; el índice compuesto lleva dos rangos distintos: un intervalo muestral del 95 % obtenido con pesos replicados y una banda de sensibilidad según sus opciones de construcción, que no es un intervalo de confianza.
network-cities = Las ciudades y sus datos
network-cities_table = Datos disponibles por ciudad
network-barometer = El barómetro a lo largo del tiempo
network-barometer_intro = Indicadores del conjunto «{ $set }»: primero, la dirección de la serie de cada ciudad; después, el último valor de cada ciudad con su intervalo (ciudades por orden alfabético).
network-trend_table = Valoración de la serie de cada ciudad
network-trend_table_part = { $caption } (parte { $part } de { $parts })
network-trend_note = Cada celda es la valoración de la prueba fijada de antemano (la tendencia en cinco o más oleadas desde la última ruptura; si no, la primera oleada frente a la última), tras el control de las comparaciones múltiples (q < { $alpha }); «estable» solo mediante una prueba de equivalencia.
network-associations = Índice ICC y cohesión
network-associations_intro = Entre ciudades, cómo se relaciona el último Índice ICC agregado con cada indicador de cohesión (ρ de Spearman con intervalo basado en la transformación z de Fisher). Son asociaciones ecológicas entre ciudades, no efectos causales ni afirmaciones sobre individuos.
network-assoc_table = Asociaciones con el Índice ICC
network-assoc_note = Valores q según { $method } dentro del conjunto (Índice agregado y áreas a la vez).
network-assoc_areas = Asociaciones con las áreas del Índice ICC (ρ de Spearman)
network-assoc_areas_note = {"*"} q < { $alpha } ({ $method } dentro del conjunto).
network-ecological = Asociación ecológica entre ciudades, no un efecto causal.
network-index_aggregate = Índice agregado
network-too_few_cities = muy pocas ciudades
network-too_few_cities_long = Hay muy pocas ciudades con un Índice ICC y este indicador a la vez para estimar una asociación.
network-no_values = Ninguna ciudad tiene aún un valor para este indicador.
network-composite = Índice compuesto
network-composite_intro = Puntuaciones compuestas con dos rangos distintos. El intervalo muestral del 95 % recalcula cada indicador con los mismos pesos replicados de cada oleada (réplicas bootstrap generadas por cohesion, o los pesos replicados propios de la encuesta cuando los incluye), de modo que conserva la correlación entre indicadores medidos en las mismas personas encuestadas. La banda de sensibilidad muestra cuánto varían la puntuación y el puesto cuando la normalización, la ponderación y la agregación se eligen de otro modo; no es un intervalo de confianza. Los intervalos de puesto se dan solo para investigadores: el puesto de una ciudad es incierto y no debe citarse como una posición.
network-composite_table = Puntuaciones compuestas e intervalos de puesto: { $set }
network-composite_note = El puesto 1 corresponde a la puntuación más alta; los intervalos muestrales del puesto proceden de los pesos replicados, y sus bandas de sensibilidad, de las extracciones de Monte Carlo de las opciones de construcción.
network-rank_interval = { $lo }–{ $hi } ({ $median })
network-diagnostics = Diagnósticos de los conjuntos de indicadores
network-diagnostics_intro = Medianas de cada diagnóstico en el conjunto de ciudades y oleadas, por indicador.
network-activities = Actividades de contacto
network-activities_intro = Evaluaciones antes/después de las actividades de contacto, agregadas entre ciudades.
network-notes_rejects = Se rechazaron durante la validación { $k } de las { $n } filas de entrada (véase la tabla rejects).
network-surveys = Encuestas municipales
network-surveys_intro = Indicadores del conjunto «{ $set }» procedentes de las propias encuestas de población de las ciudades: primero, la valoración de las rondas de cada ciudad (de una ronda a la siguiente); después, el último valor de cada ciudad con su intervalo (ciudades por orden alfabético).

## sets
sets-title = Conjuntos de indicadores: informe para el grupo de trabajo
sets-subtitle = { $project } · { $n ->
        [one] { $n } conjunto de indicadores
       *[other] { $n } conjuntos de indicadores
    }
sets-intro = Cada conjunto candidato con sus indicadores y lo que esta ejecución dice de ellos: cobertura, frecuencia con la que detectaron un cambio significativo, precisión y asociación con el Índice ICC.
sets-table = Indicadores del conjunto
sets-table_note = Cambios significativos: oleadas consecutivas, conjunto de la población, q < α. Amplitud del IC: amplitud mediana del intervalo del 95 % en todas las oleadas de todas las ciudades.
sets-share_sig = { $k } de { $n }
sets-composite = Índice compuesto «{ $name }»: { $list }; { $norm }, { $weights }, { $agg }; { $draws } extracciones de Monte Carlo para la banda de sensibilidad; intervalos muestrales del 95 % obtenidos con pesos replicados.
sets-weights_equal = pesos iguales
sets-weights_explicit = pesos explícitos
sets-diagnostics = Diagnósticos
sets-diag_table = Diagnósticos: { $set }
sets-diag_note = Mediana en el conjunto de ciudades y oleadas.
sets-comparison = Comparación de conjuntos
sets-comparison_intro = Los dos conjuntos candidatos, uno junto a otro, indicador por indicador, con una valoración y las cifras en que se basa.
sets-comparison_table = Comparación de conjuntos
sets-comparison_verdicts = Valoraciones y cifras en que se basan
sets-no_comparison = No hay ninguna comparación de conjuntos en el almacén (tabla set_comparison). Ejecute la orden compare-sets para añadirla.

## column
column-side = Conjunto
column-set_id = Id. del conjunto
column-indicator_id = Indicador
column-source = Fuente
column-statistic = Estadístico
column-alpha_median = Mediana de α
column-mdc_median = Mediana del CMD
column-typical_change = Cambio típico
column-share_significant = Proporción significativa
column-n_changes = Cambios analizados
column-max_abs_corr = |r| máx.
column-most_correlated_with = Más correlacionado con
column-rho_icc_index = ρ con el Índice ICC
column-verdict = Valoración
column-reasons = Motivos
column-min_important_change = Cambio mínimo relevante
column-detectable_slope_median = Tendencia detectable al año
column-true_change_sd = DT del cambio real

## index
index-heading = Informes en español
index-city_report = informe de la ciudad
index-brief = nota para la alcaldía

## verdict
verdict-keep = mantener
verdict-weak_reliability = fiabilidad baja
verdict-insensitive = poco sensible
verdict-redundant = redundante
verdict-no_data = sin datos
verdict-not_assessed = detectabilidad no evaluada

## word
word-improved = Mejora
word-declined = Retroceso
word-stable = Estable
word-fluctuating = Fluctuante
word-no_clear_change = Sin cambio claro
word-no_comparison = Muy pocas oleadas

## verdict_sentence
verdict_sentence-trend_sig = En { $n } oleadas, de { $first } a { $last }, la tendencia es de { $estimate } { $unit } (intervalo ajustado { $lo } a { $hi }; { $q }).
verdict_sentence-trend_ns = Sin tendencia clara en { $n } oleadas, de { $first } a { $last }: compatible con una pendiente de { $lo } a { $hi } { $unit } (pendiente { $estimate }; { $q }).
verdict_sentence-trend_fluctuating = Sin tendencia sostenida en { $n } oleadas, de { $first } a { $last }, pero el nivel ha variado entre oleadas más allá del margen de error (pendiente media { $estimate } { $unit }, intervalo ajustado { $lo } a { $hi }; { $q }).
verdict_sentence-trend_stable = Se mantuvo estable en { $n } oleadas, de { $first } a { $last }: el cambio total en el periodo, de { $eq_lo } a { $eq_hi } { $total_unit } (intervalo del 90 %), queda dentro de la banda de ±{ $margin } que se considera estable.
verdict_sentence-change_sig = De { $first } a { $last }: { $estimate } { $unit } (intervalo ajustado { $lo } a { $hi }; { $q }).
verdict_sentence-change_ns = Sin cambio claro de { $first } a { $last }: compatible con cualquier valor entre { $lo } y { $hi } { $unit } (cambio { $estimate }; { $q }).
verdict_sentence-change_stable = Se mantuvo estable de { $first } a { $last }: el cambio, de { $eq_lo } a { $eq_hi } { $unit } (intervalo del 90 %), queda dentro de la banda de ±{ $margin } que se considera estable.
verdict_sentence-none = Aún hay muy pocas oleadas comparables para analizar un cambio.
verdict_sentence-latest_change = Último cambio significativo: { $diff } { $unit } de { $from } a { $to } (intervalo ajustado { $lo } a { $hi }; { $q }).

## verdict_short
verdict_short-per_year = { $slope } al año
verdict_short-stable = { $estimate } (intervalo del 90 %: { $lo } a { $hi }, dentro de ±{ $margin })
verdict_short-stable_trend = cambio total de { $lo } a { $hi } en el periodo (intervalo del 90 %), dentro de ±{ $margin }
verdict_short-latest_change = { $short }; último cambio { $diff } ({ $lo } a { $hi }), { $from } → { $to }
word_cell-latest_change = { $word }; último cambio { $diff } ({ $from } → { $to })

## reason
reason-alpha = mediana de α { $alpha }
reason-significant = { $k } de { $n } cambios significativos
reason-corr = |r| máximo { $r } (con { $other })
reason-rho = ρ con el Índice ICC { $rho }
reason-no_data = sin estimaciones en el almacén
reason-mdc_above = cambio mínimo detectable { $mdc } (potencia del 80 %, teniendo en cuenta los demás indicadores analizados a la vez) por encima del menor cambio relevante ({ $mic }) y de su propio movimiento real entre oleadas: no detecta ni lo uno ni lo otro
reason-mdc_above_moves = cambio mínimo detectable { $mdc } por encima del menor cambio relevante ({ $mic }), pero sí recoge su propio movimiento real (entre oleadas: DT { $sd }; a lo largo del tiempo: una tendencia típica de { $trend } al año frente a una detectable de { $dslope })
reason-mdc_within = cambio mínimo detectable { $mdc } (potencia del 80 %, teniendo en cuenta los demás indicadores analizados a la vez), no mayor que el menor cambio relevante ({ $mic })
reason-mdc_no_mic = cambio mínimo detectable { $mdc }; el conjunto no declara un menor cambio relevante (min_important_change)
reason-no_mdc = sin cambio mínimo detectable (sin error de muestreo)
reason-detectable_slope = tendencia detectable de { $slope } al año (cinco o más oleadas)
reason-true_change = DT del cambio real entre oleadas { $sd }
reason-responsiveness = sensibilidad al cambio { $r } (movimiento real frente al ruido de un cambio; por encima de 1, se mueve más que el ruido muestral)

## finding
finding-survey = { $indicator } (encuesta municipal)

## gap
gap-sentence = { $indicator }, { $source } { $wave }: { $group } { $value }, { $reference } { $ref_value }; una diferencia de { $gap } { $unit } (intervalo ajustado { $lo } a { $hi }; { $q }).

## absent
absent-lead = Límites de este informe: { $items }.
absent-barometer = no hay oleadas del barómetro para esta ciudad (añada oleadas del barómetro con kind = "barometer" en la carpeta de encuestas)
absent-peers = no hay comparación con ciudades similares (requiere otras ciudades con los mismos indicadores del barómetro)
absent-index_project = no hay puntuaciones del Índice ICC en este proyecto (añada data/index_scores.csv e indíquelo en cohesion.toml)
absent-index_city = no hay evaluación del Índice ICC para esta ciudad (añada sus puntuaciones al fichero del Índice)
absent-gaps = no hay comparación entre subgrupos (asigne una columna [groups], como migrant_background, en los manifiestos de las encuestas)
absent-network_barometer = no hay oleadas del barómetro (añada oleadas con kind = "barometer")
absent-network_surveys = no hay indicadores de encuestas municipales con datos (añada oleadas de encuesta e indicadores de encuesta al conjunto)
absent-composite = no hay índice compuesto (añada una sección [composite] al conjunto de indicadores)

## effects
effects-city_own = Evaluaciones antes/después de las actividades que { $city } organizó por su cuenta: { $types }. La primera tabla describe solo las sesiones de esta ciudad; la segunda agrega todas las ciudades que organizaron los mismos tipos, con un intervalo calculado sobre sus actividades.
effects-city_pooled = { $city } no tiene actividades propias evaluadas. La tabla muestra lo que encontraron las actividades de las demás ciudades de la red, agregadas entre ciudades: { $types }.
effects-col_activities = Actividades
effects-col_change_ci = Cambio (IC del 95 % sobre las actividades)
effects-col_up_same_down = Mejor / igual / peor (%)
effects-note = Cambio: la media de después − antes entre los participantes que respondieron a ambos cuestionarios, con un intervalo del 95 % que toma la actividad como unidad (los participantes de una misma sesión no son independientes): un intervalo t robusto a conglomerados sobre las actividades. Mejor / igual / peor: proporciones de esos participantes. Un resultado solo se considera significativo cuando la prueba con la misma base —el cambio medio dividido por su error típico robusto a conglomerados, t con el número de actividades − 1 grados de libertad— da un q por debajo del umbral ({ $method } entre los resultados de la misma ciudad; los resultados agregados entre ciudades forman un grupo aparte), de modo que la palabra siempre concuerda con el intervalo. La prueba de rangos con signo de Wilcoxon o la de McNemar y la r biserial de rangos (que cuenta a quienes no cambiaron) describen a los participantes como si fueran independientes y nunca deciden. No hay grupo de control: un cambio entre voluntarios no prueba que lo haya causado la actividad.
effects-single_activity = {"*"} Una sola actividad: no hay variación entre actividades que estimar, así que no se puede dar ningún intervalo.
effects-not_assessed = muy pocas actividades para valorar
effects-item_scale = { $item } (escala { $lo }–{ $hi })
effects-few_activities = Menos de { $min } actividades: se muestra el intervalo, pero no se valora la significación (una prueba con tan pocas actividades dice poco).
effects-kruskal = { $item }: cambio comparado entre tipos de actividad ({ $types }) mediante una prueba de Kruskal–Wallis sobre el cambio medio de cada actividad, { $k } actividades ({ $n } pares), { $q }.
effects-network_by_city = Las mismas evaluaciones, ciudad por ciudad: las sesiones propias de cada ciudad. Con una sola actividad en una ciudad no hay intervalo.
effects-by_city_table = Antes y después, por ciudad
effects-pooled_table = Los mismos tipos de actividad, agregando todas las ciudades que los organizaron

## networks
index-network_report = informe de la red
networks-kind_national = red nacional
networks-kind_cluster = agrupación
networks-subtitle = Una { $kind } de { $n ->
        [one] { $n } ciudad
       *[other] { $n } ciudades
    } en { $project }
networks-members = Ciudades miembro: { $cities }.
networks-too_few = Esta red tiene { $n } { $n ->
        [one] ciudad miembro
       *[other] ciudades miembro
    } en el proyecto: las estimaciones de la red necesitan al menos { $min }, porque una media de dos ciudades permitiría a cada una deducir el valor de la otra. El informe propio de cada miembro ofrece sus cifras.
networks-intro = Las valoraciones de la red usan las mismas pruebas que las de una ciudad, en los años en que sus miembros tienen oleadas del barómetro. «Ciudad miembro típica» da a cada ciudad el mismo peso; «habitantes de las ciudades miembro» pondera cada ciudad por su población. Un miembro sin oleada en un año queda fuera de ese año, nunca se imputa, por lo que se indica el número de ciudades que hay detrás de cada año. Las ciudades no se clasifican.
networks-weighting_unweighted = Ciudad miembro típica
networks-weighting_population = Habitantes de las ciudades miembro
networks-range = { $lo } a { $hi }
networks-verdicts_caption = Valoraciones de la red y de cada ciudad miembro
networks-verdicts_note = El intervalo de la red (una pendiente anual para una tendencia, una diferencia para un cambio) está ajustado por el número de indicadores analizados.
networks-levels_caption = Últimos niveles de la red (intervalo del 95 %)
networks-levels_note = Medias de las estimaciones de las ciudades miembro para el año; el intervalo combina los errores de muestreo independientes de las ciudades.
networks-year = Año
networks-cities_with_value = Ciudades con valor
networks-of_members = { $k } de { $n }
networks-range_trend = { $lo } a { $hi } al año
networks-index_heading = Índice ICC por área
networks-index_caption = Media de los miembros frente a todas las ciudades del proyecto (última evaluación de cada ciudad)
networks-area = Área
networks-members_mean = Ciudades miembro (media)
networks-all_mean = Todas las ciudades (media)
networks-index_note = Áreas principales; última evaluación de cada ciudad. Las evaluaciones hechas con versiones distintas del Índice no son estrictamente comparables.

## Explorador (reports/explorer/<lang>/index.html): palabras que la página necesita antes de que se ejecute su script
explorer-language_name = Español
explorer-group_all = Toda la población
explorer-noscript = El explorador necesita JavaScript. Las mismas cifras figuran en los informes de las ciudades y de la red.

explorer-title = Explorador de cohesión
explorer-language = Idioma
explorer-views = Vistas
explorer-view_time = La ciudad a lo largo del tiempo
explorer-view_cities = Ciudades en paralelo
explorer-view_gaps = Diferencias entre subgrupos
explorer-view_index = Índice ICC por área
explorer-view_composite = Índice compuesto (investigación)
explorer-no_data = No hay datos para esta selección.
explorer-download_png = Descargar PNG
explorer-download_svg = Descargar SVG
explorer-download_csv = Descargar CSV

explorer-set = Conjunto de indicadores
explorer-indicator = Indicador
explorer-city = Ciudad
explorer-city_highlight = Ciudad destacada
explorer-kind = Fuente
explorer-group = Grupo
explorer-compare = Comparar con
explorer-compare_none = (sin segundo grupo)
explorer-dim = Grupos comparados
explorer-peer = Grupo de homólogas
explorer-period = Periodo
explorer-period_latest = Última oleada de cada ciudad
explorer-sort = Orden
explorer-sort_name = Por nombre
explorer-sort_peer = Primero las homólogas
explorer-composite = Puntuación compuesta

explorer-title_time = { $indicator }: { $city }, { $group } ({ $source })
explorer-title_cities = { $indicator }: ciudades en paralelo, { $group } ({ $source }; { $wave })
explorer-title_gaps = { $indicator }: diferencias entre grupos ({ $group }), { $city } ({ $source })
explorer-title_index = Índice ICC por área: { $city }
explorer-title_index_year = Índice ICC por área: { $city }, { $wave }
explorer-title_composite = { $indicator }: { $city }
explorer-summary_time = { $indicator } en { $city }, { $group }: puntos con intervalos del 95 % para { $n ->
        [one] { $n } oleada
       *[other] { $n } oleadas
    }, de { $from } a { $to }. Las cifras están en la tabla siguiente.
explorer-summary_cities = { $indicator } ({ $source }, { $group }): una fila por ciudad, puntos con intervalos del 95 %; ciudades mostradas: { $n }. Las cifras están en la tabla siguiente.
explorer-summary_gaps = { $indicator } en { $city }: diferencias entre grupos ({ $group }) con intervalos del 95 %; puntos: { $n }. Las cifras están en la tabla siguiente.
explorer-summary_index = Índice ICC de { $city } en { $wave }, por área, frente a la mediana y la mitad central del grupo de homólogas; áreas: { $n }. Las cifras están en la tabla siguiente.
explorer-summary_composite = { $indicator } de { $city } con su intervalo muestral del 95 % y su banda de sensibilidad; oleadas: { $n }. Las cifras están en la tabla siguiente.

explorer-axis_percent = % de personas encuestadas
explorer-axis_score = puntuación (0–100)
explorer-axis_raw = media en la escala de la pregunta
explorer-axis_gap_percent = diferencia en puntos porcentuales
explorer-axis_gap_score = diferencia en puntos (escala 0–100)
explorer-axis_gap_raw = diferencia en la escala de la pregunta
explorer-axis_composite = puntuación compuesta
explorer-legend_estimate = estimación con intervalo del 95 %
explorer-legend_break = ruptura de serie (pase el puntero o ponga el foco para ver la nota)
explorer-legend_members = { $group } (miembros)
explorer-legend_median = mediana del grupo de homólogas
explorer-legend_iqr = mitad central del grupo de homólogas
explorer-legend_sig = relleno: significativo tras corregir por comparaciones múltiples
explorer-legend_notsig = hueco: no significativo
explorer-legend_score = puntuación compuesta
explorer-legend_sampling = intervalo muestral del 95 %
explorer-legend_band = banda de sensibilidad (no es un intervalo muestral)
explorer-diff_to = { $group }: diferencia respecto a { $value }
explorer-other_cities = Otras ciudades
explorer-too_few = respuestas insuficientes
explorer-flag_short = ‡ interpretar con cautela
explorer-label_value = { $group }: { $value }

explorer-tip_value = { $wave }: { $value }
explorer-tip_interval = intervalo del 95 %: { $lo } a { $hi }
explorer-tip_adjusted = intervalo ajustado: { $lo } a { $hi }
explorer-tip_n = n = { $n }
explorer-tip_verdict = valoración: { $value }
explorer-tip_sig = significativo tras la corrección ({ $q })
explorer-tip_notsig = no significativo tras la corrección ({ $q })
explorer-not_tested = no analizado
explorer-tip_member = en el grupo de homólogas
explorer-tip_median = mediana del grupo de homólogas: { $value }
explorer-tip_iqr = mitad central del grupo de homólogas: { $lo } a { $hi }
explorer-tip_position = posición: { $value }
explorer-tip_n_peers = homólogas con datos: { $n }
explorer-tip_sampling = intervalo muestral del 95 %: { $lo } a { $hi }
explorer-tip_band = banda de sensibilidad: { $lo } a { $hi }

explorer-verdict = Valoración
explorer-no_verdict = No hay valoración para esta selección.
explorer-break = Ruptura de serie entre { $from } y { $to }: { $value }
explorer-break_plain = Ruptura de serie entre { $from } y { $to }.
explorer-n_range_wave = n = { $lo }–{ $hi } por oleada
explorer-n_one_wave = n = { $n } por oleada
explorer-n_range_city = n = { $lo }–{ $hi } por ciudad
explorer-n_one_city = n = { $n } por ciudad
explorer-missing_cities = Ciudades sin valor para esta selección: { $n }.
explorer-peer_note = La mediana y la mitad central del grupo de homólogas muestran dónde se sitúan ciudades similares. No son una clasificación.
explorer-peer_too_few = Hay muy pocas ciudades comparables con un valor: no se pueden mostrar la mediana ni la mitad central del grupo de homólogas.
explorer-peer_group = Grupo de homólogas: { $group }.
explorer-peer_caption = { $city } frente a su grupo de homólogas ({ $wave })
explorer-peer_latest_only = El grupo de homólogas solo se muestra con la última oleada de cada ciudad: elija «{ $value }» en Periodo para verlo.
explorer-peer_all_only = Los grupos de homólogas solo se comparan para toda la población: elija «{ $group }» en Grupo para ver el grupo de homólogas.
explorer-gap_note = Puntos rellenos: significativos tras corregir por comparaciones múltiples (q < { $q }). Corrección: { $value }. Los intervalos ajustados están en la tabla.
explorer-index_note = Las puntuaciones del Índice ICC proceden de una evaluación, no de una muestra: no tienen intervalo muestral, así que no se dibuja ninguno.
explorer-composite_note = Para investigadores. El intervalo muestral del 95 % procede de los pesos replicados de cada oleada. La banda de sensibilidad muestra cuánto varía la puntuación cuando el índice compuesto se construye de otro modo (normalización, ponderaciones, agregación); no es un intervalo muestral. Un índice compuesto no muestra qué indicadores se movieron.

explorer-col_group = Grupo
explorer-col_reference = Comparado con
explorer-col_wave = Oleada
explorer-col_city = Ciudad
explorer-col_area = Área
explorer-col_n = n
explorer-col_estimate = Estimación
explorer-col_lo = Intervalo del 95 %, desde
explorer-col_hi = Intervalo del 95 %, hasta
explorer-col_alo = Intervalo ajustado, desde
explorer-col_ahi = Intervalo ajustado, hasta
explorer-col_gap = Diferencia
explorer-col_sig = Significativo tras la corrección
explorer-col_note = Nota
explorer-col_member = En el grupo de homólogas
explorer-col_city_value = Valor de la ciudad
explorer-col_score = Puntuación
explorer-col_median = Mediana del grupo de homólogas
explorer-col_q1 = Mitad central de las homólogas, desde
explorer-col_q3 = Mitad central de las homólogas, hasta
explorer-col_n_peers = Homólogas con datos
explorer-col_other_mode = Homólogas encuestadas con otro modo
explorer-col_position = Posición
explorer-col_blo = Banda de sensibilidad, desde
explorer-col_bhi = Banda de sensibilidad, hasta
explorer-yes = sí
explorer-no = no
