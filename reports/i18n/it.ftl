# Testi italiani dei rapporti cohesion, in formato Project Fluent (https://projectfluent.org/).
# Stessi identificativi di en.ftl (un messaggio mancante ricade sull’inglese); vedere
# docs/TRANSLATIONS.md. Traduzione realizzata con l’ausilio di strumenti automatici: correzioni e
# suggerimenti sono benvenuti. Plurale secondo CLDR: «one» solo per 1 intero senza decimali
# («1 punto», ma «1,0 punti»), «other» negli altri casi. Elisione: ogni variabile di testo $x è
# accompagnata da $x_vowel (yes | no), da cui «dall’aprile 2015» ma «dal marzo 2015». Numeri:
# virgola decimale, punto come separatore delle migliaia (da quattro cifre: «1.411»), «45,2%».

## number
number-decimal = ,
number-group = {"."}
number-group_min_digits = 4
number-percent = { $v }%

## date
date-pattern = { $d } { $month } { $y }
wave-pattern = { $month } { $y }

## month
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

## month_short
month_short-1 = gen
month_short-2 = feb
month_short-3 = mar
month_short-4 = apr
month_short-5 = mag
month_short-6 = giu
month_short-7 = lug
month_short-8 = ago
month_short-9 = set
month_short-10 = ott
month_short-11 = nov
month_short-12 = dic

## common
common-contents = Sommario
common-source = Fonte: { $project }, esecuzione cohesion { $run }
common-footer_method = Gli esiti derivano da un test fissato in anticipo (la tendenza su cinque o più ondate, altrimenti il confronto tra la prima e l’ultima ondata) con i gradi di libertà del disegno campionario; valori q: { $method }; significativo vuol dire q < { $alpha }; «stabile» richiede un test di equivalenza. Le stime basate su meno di { $min_n } risposte non sono mostrate.
common-footer_run = { $project } · cohesion { $version } · esecuzione { $run }
common-n_cities = { $n ->
        [one] { $n } città.
       *[other] { $n } città.
    }
common-no_diagnostics = La tabella delle diagnostiche dei set di indicatori (diagnostics) non è presente nell’archivio: affidabilità, dati mancanti, rilevabilità e ridondanza non sono quindi mostrate qui. Eseguire la fase «workbench» per aggiungerla.

## method
method-bh = tasso di false scoperte (FDR) di Benjamini–Hochberg
method-holm = Holm

## unit
unit-pp = { $n ->
        [one] punto percentuale
       *[other] punti percentuali
    }
unit-points = { $n ->
        [one] punto
       *[other] punti
    }
unit-scale_points = { $n ->
        [one] punto della scala
       *[other] punti della scala
    }
unit-per_year = { $unit } all’anno

## axis
axis-percent = % dei rispondenti
axis-score = punteggio (0–100)
axis-raw = media sulla scala della domanda
axis-wave = ondata del barometro (rilevazione)
axis-gap_pp = differenza tra i gruppi, punti percentuali
axis-gap_points = differenza tra i gruppi, punti (0–100)
axis-gap_raw = differenza tra i gruppi, sulla scala della domanda
axis-rho = correlazione di Spearman ρ
axis-score_or_percent = % dei rispondenti o punteggio (0–100)

## chart
chart-estimate = Stima
chart-interval = Intervallo di confidenza al 95%
chart-trend = Retta di tendenza (pendenza annua)
chart-break = interruzione della serie
chart-suppressed = n < { $min_n }
chart-peer_median = Mediana del gruppo di confronto
chart-peer_spread = Gruppo di confronto, metà centrale
chart-no_data = nessun dato
chart-trend_subtitle = { $city }: { $waves ->
        [one] { $waves } ondata
       *[other] { $waves } ondate
    }, { $n ->
        [one] { $n } rispondente
       *[other] { $n } rispondenti
    } in totale, { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    }
chart-peer_title = { $city } e le città simili
chart-peer_subtitle = { $group }: { $n } città di confronto; ultima ondata del barometro
chart-radar_title = Aree dell’Indice ICC: { $city } e la mediana del gruppo di confronto
chart-radar_subtitle = Valutazione { $year } (versione { $version } dell’Indice); mediana delle ultime valutazioni di { $n } città
chart-gap_title = { $dim }: { $group } − { $reference }
chart-gap_subtitle = { $city }, { $wave }; n = { $n ->
        [one] { $n } rispondente
       *[other] { $n } rispondenti
    }
chart-gap_caption = Le barre sono gli intervalli corretti per i confronti multipli (quelli riportati accanto a q); le righe evidenziate (in blu) sono significative dopo la correzione.
chart-no_gap = nessuna differenza
chart-network_subtitle = Ultima ondata di { $n ->
        [one] { $n } città
       *[other] { $n } città
    }, { $resp ->
        [one] { $resp } rispondente
       *[other] { $resp } rispondenti
    }
chart-network_median = mediana delle città
chart-assoc_title = Indice ICC e coesione: confronto tra città
chart-assoc_subtitle = ρ di Spearman con il suo intervallo corretto per i confronti multipli; { $n } città
chart-no_association = nessuna associazione
chart-composite_title = Indice composito: { $set }
chart-composite_subtitle = Punteggio con il suo intervallo campionario al 95% (pesi replicati); { $n } città
chart-range = da { $lo } a { $hi }
chart-interval_adjusted = intervallo corretto per i confronti multipli
chart-interval_sampling = intervallo campionario al 95% (pesi replicati)

## alt
alt-trend = Grafico a linee: { $indicator }, { $city }, { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    }, con la banda di confidenza al 95%. Ultimo valore: { $latest }.
alt-peers = Grafico a punti che colloca { $city } rispetto alla metà centrale e alla mediana del suo gruppo di confronto ({ $group })
alt-radar = Grafico radar delle aree dell’Indice ICC per { $city } nel { $year } (punteggio della città / mediana del gruppo di confronto):

## phrase
phrase-estimate = { $value } { $wave_vowel ->
        [yes] nell’{ $wave }
       *[no] nel { $wave }
    } (IC al 95%: da { $lo } a { $hi }; n = { $n })
phrase-estimate_short = { $value } ({ $lo }–{ $hi })
phrase-suppressed = troppo poche risposte { $wave_vowel ->
        [yes] nell’{ $wave }
       *[no] nel { $wave }
    }
phrase-too_few = troppo poche risposte per mostrare una stima
phrase-too_few_short = troppo poche risposte
phrase-change = { $diff } { $unit } (intervallo corretto da { $lo } a { $hi }; { $q })
phrase-change_short = { $diff } (da { $lo } a { $hi }); { $q }
phrase-diff_ci = { $diff } (da { $lo } a { $hi })

## sentence
sentence-latest = Ultimo valore: { $latest }.
sentence-change_sig = Variazione significativa { $from_vowel ->
        [yes] dall’{ $from }
       *[no] dal { $from }
    } { $to_vowel ->
        [yes] all’{ $to }
       *[no] al { $to }
    }: { $change }.
sentence-change_ns = Nessuna variazione netta { $from_vowel ->
        [yes] dall’{ $from }
       *[no] dal { $from }
    } { $to_vowel ->
        [yes] all’{ $to }
       *[no] al { $to }
    }: i dati sono compatibili con qualsiasi valore da { $lo } a { $hi } { $unit } ({ $q }).
sentence-across_break = Questo confronto attraversa un’interruzione della serie: non è quindi strettamente comparabile.
sentence-trend_up = Tendenza in aumento su { $n } ondate, { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    }: circa { $slope } { $per_year } (test di tendenza sulle stime delle ondate e sui loro margini di errore; { $q }).
sentence-trend_down = Tendenza in diminuzione su { $n } ondate, { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    }: circa { $slope } { $per_year } (test di tendenza sulle stime delle ondate e sui loro margini di errore; { $q }).
sentence-trend_none = Nessuna tendenza netta su { $n } ondate, { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    } (pendenza { $slope } { $per_year }; { $q }).
sentence-trend_fluctuating = Nessuna tendenza costante su { $n } ondate, { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    }, ma il livello è variato tra un’ondata e l’altra più del margine di errore (pendenza media { $slope } { $per_year }; { $q }).
sentence-trend_few = Troppo poche ondate comparabili ({ $n }) per un test di tendenza: ne servono almeno cinque.
sentence-trend_after_break = Il test di tendenza usa solo le ondate successive all’ultima interruzione della serie.
sentence-dip = L’ultimo passo nella direzione sbagliata rientra nel margine di errore: non è la prova di un calo.
sentence-lower_is_better = Per questo indicatore, valori più bassi sono migliori.
sentence-mode_break = Interruzione della serie prima { $wave_vowel ->
        [yes] dell’{ $wave }
       *[no] del { $wave }
    }: la modalità di rilevazione è passata da «{ $from }» a «{ $to }».
sentence-change_eq = Stabile { $from_vowel ->
        [yes] dall’{ $from }
       *[no] dal { $from }
    } { $to_vowel ->
        [yes] all’{ $to }
       *[no] al { $to }
    }: { $change }; la variazione rientra nel margine di equivalenza.
sentence-flagged = Interpretare l’ultimo dato con cautela: si basa su poche unità di campionamento o ha un intervallo ampio.

## tone
tone-stable = Nessuna variazione significativa
tone-significant = significativo
tone-significant_cap = Significativo

## trend
trend-up = in aumento, { $slope } { $per_year }
trend-down = in calo, { $slope } { $per_year }
trend-none = nessuna tendenza netta
trend-fluctuating = oscillante, senza una direzione costante
trend-few = troppo poche ondate

## position
position-above = sopra la metà centrale
position-below = sotto la metà centrale
position-within = non distinguibile dalla metà centrale
position-unknown = non disponibile

## peers
peers-knn = { $k ->
        [one] La città più simile
       *[other] Le { $k } città più simili
    }
peers-population = Città di dimensioni simili (popolazione { $band })
peers-foreign_born = Città con una quota simile di nati all’estero ({ $band })

## mode
mode-online = online
mode-phone = telefono
mode-face_to_face = faccia a faccia
mode-paper = carta
mode-mixed = modalità miste

## dim
dim-migrant_background = Background migratorio
dim-age_band = Età
dim-gender = Genere
dim-neighbourhood = Quartiere

## group.migrant_background
group-migrant_background-yes = con background migratorio
group-migrant_background-no = senza background migratorio

## group.gender
group-gender-man = uomini
group-gender-woman = donne
group-gender-other = altro genere

## item
item-trust_people = Ci si può fidare della maggior parte delle persone
item-trust_neighbours = Fiducia nei vicini
item-trust_institutions = Fiducia nell’amministrazione comunale
item-belonging = Senso di appartenenza alla città
item-get_along = Le persone di origini diverse vanno d’accordo
item-diversity_advantage = La diversità è un vantaggio
item-contact_diverse = Contatti significativi tra persone di origini diverse
item-discrimination_experienced = Discriminazione subita
item-safety_night = Sentirsi al sicuro quando è buio
item-civic_participation = Partecipazione civica

## activity
activity-intercultural_dialogue = Dialogo interculturale
activity-sports_mixed_teams = Sport in squadre miste
activity-info_session = Incontro informativo

## effect
effect-difference_in_proportions = differenza tra proporzioni
effect-matched-pairs_rank-biserial_r = r biseriale per ranghi

## source
source-survey = indagine comunale
source-barometer = barometro
source-index = Indice ICC

## statistic
statistic-share_agree = quota d’accordo (%)
statistic-mean = media sulla scala della domanda
statistic-mean_pomp = punteggio medio (0–100)
statistic-scale_pomp = punteggio della scala (0–100)
statistic-index_area = punteggio di area dell’Indice
statistic-index_aggregate = Indice aggregato

## polarity
polarity-higher_is_better = più alto è meglio
polarity-lower_is_better = più basso è meglio

## norm
norm-pomp = percentuale del massimo possibile
norm-minmax = min–max
norm-zscore = punteggi z

## agg
agg-arithmetic = media aritmetica
agg-geometric = media geometrica

## metric
metric-alpha = α di Cronbach
metric-missing = mancate risposte all’item (%)
metric-unit_missing = domanda non posta (quota)
metric-floor = effetto pavimento (%)
metric-ceiling = effetto soffitto (%)
metric-mdc = variazione minima rilevabile
metric-mdc_median = variazione minima rilevabile (mediana)
metric-share_significant = variazioni significative (%)
metric-typical_change = variazione tipica
metric-spearman_icc_index = ρ con l’Indice ICC
metric-item_missing = mancate risposte all’item (quota)
metric-item_rest = correlazione item–resto
metric-corr_with = correlazione (Pearson)
metric-spearman_with = correlazione (Spearman)
metric-spearman_icc_index_p = p di ρ con l’Indice ICC
metric-detectable_slope = tendenza annua rilevabile
metric-detectable_slope_median = tendenza annua rilevabile (mediana)
metric-true_change_sd = DS della variazione reale

## col
col-indicator = Indicatore
col-latest = Ultimo valore (IC al 95%)
col-n = n
col-last_change = Variazione rispetto all’ondata precedente
col-trend = Tendenza
col-city_value = Città
col-peer_median = Mediana del gruppo di confronto
col-peer_iqr = Metà centrale del gruppo di confronto
col-position = Posizione
col-area = Area
col-city_score = Punteggio della città
col-n_peers = Città di confronto con dati
col-year = Anno
col-version = Versione dell’Indice
col-index = Indice ICC
col-note = Nota
col-groups = Gruppi confrontati
col-values = Valori
col-gap = Differenza (intervallo corretto)
col-q = q
col-activity = Attività
col-item = Domanda
col-pairs = Coppie
col-before = Prima
col-after = Dopo
col-effect_size = Dimensione dell’effetto
col-city = Città
col-waves = Ondate del barometro
col-period = Periodo
col-respondents = Rispondenti
col-surveys = Indagini comunali
col-index_latest = Ultimo Indice ICC (versione)
col-index_measure = Misura dell’Indice ICC
col-n_cities = Città
col-rho = ρ (intervallo corretto per i confronti multipli)
col-wave = Ondata
col-score = Punteggio (intervallo campionario al 95%)
col-score_band = Banda di sensibilità del punteggio (95%)
col-rank_interval = Rango: intervallo campionario (mediana)
col-rank_band = Rango: banda di sensibilità
col-n_ranked = Città con rango
col-source = Fonte · statistica
col-items = Domande o aree
col-polarity = Direzione
col-sig_changes = Variazioni significative
col-ci_width = Ampiezza tipica dell’IC al 95%
col-rho_index = ρ con l’Indice ICC (IC al 95%)
col-verdict = Esito
col-set = Set
col-reasons = Motivi

## city
city-title = { $city }: rapporto sulla coesione
city-subtitle = { $project } · { $set } · ultima ondata del barometro: { $latest }
city-glance = In sintesi
city-glance_intro = L’esito per ciascun indicatore, secondo il test scelto in anticipo (la tendenza su cinque o più ondate, altrimenti il confronto tra la prima e l’ultima ondata), dopo la correzione per i numerosi confronti effettuati (q < { $alpha }). «Stabile» significa che è dimostrato che la variazione rientra in una fascia ristretta; «oscillante» significa che il livello è variato tra un’ondata e l’altra più del margine di errore, senza una direzione costante; «nessuna variazione netta» significa che i dati non consentono di concludere. Accanto alla parola è indicata l’ultima variazione significativa tra due ondate.
city-no_findings = Per questa città non è ancora possibile misurare alcuna variazione: un confronto richiede almeno due ondate della stessa fonte.
city-over_time = La città nel tempo
city-over_time_intro = Ogni indicatore del barometro della coesione, ondata per ondata, con il suo intervallo di confidenza al 95%. Una variazione è detta significativa quando il suo valore q è inferiore a { $alpha } dopo la correzione per i numerosi confronti effettuati ({ $method }); altrimenti il rapporto indica che non c’è stata alcuna variazione significativa: è un risultato, non un fallimento.
city-table_over_time = Indicatori del barometro: ultimo valore, variazioni e tendenza
city-table_note_n = Basato su { $n ->
        [one] { $n } risposta
       *[other] { $n } risposte
    } nell’insieme delle ondate.
city-table_note_units = Le variazioni sono espresse in punti percentuali per le quote (%) e in punti per i punteggi; l’intervallo tra parentesi è corretto per i numerosi confronti effettuati (è l’intervallo associato a q).
city-table_note_break = † attraversa un’interruzione della serie.
city-peers = Confronto con città simili
city-peers_intro = Ogni grafico colloca la città (punto) rispetto al suo gruppo di confronto: la barra grigia è la metà centrale delle città di confronto (dal primo al terzo quartile), il trattino nero la loro mediana. È un confronto, non una classifica.
city-peer_list = Città di confronto: { $cities } ({ $n ->
        [one] { $n } città
       *[other] { $n } città
    }).
city-peer_table = Posizione rispetto al gruppo di confronto: { $group }
city-peer_note = I valori delle città di confronto sono quelli della loro ultima ondata del barometro ({ $n ->
        [one] { $n } città
       *[other] { $n } città
    }).
city-peer_other_mode = Modalità di rilevazione: { $k } delle { $n } ultime ondate delle città di confronto hanno usato una modalità diversa da quella di questa città, e un effetto della modalità può sembrare una differenza tra città (ondata, data e modalità di ciascuna città di confronto sono nella tabella peer_waves dell’archivio).
city-index = Indice ICC
city-index_intro = La valutazione del { $year } secondo l’Indice delle città interculturali (versione { $version }), area per area, rispetto alla mediana delle ultime valutazioni delle { $n } città più simili ({ $cities }).
city-index_peer_versions = Le ultime valutazioni di alcune città di confronto hanno usato un’altra versione dell’Indice e non sono strettamente comparabili: { $list }.
city-index_table = Aree dell’Indice ICC, { $year }
city-index_history = Valutazioni dell’Indice ICC
city-index_not_comparable = versione cambiata: non strettamente comparabile con la valutazione precedente
city-index_break = Il questionario dell’Indice è cambiato tra il { $from_year } (versione { $from }) e il { $to_year } (versione { $to }): i punteggi precedenti e successivi non sono strettamente comparabili.
city-gaps = Differenze tra gruppi
city-gaps_intro = Differenze tra gruppi di residenti { $wave_vowel ->
        [yes] nell’{ $wave }
       *[no] nel { $wave }
    }. { $sig ->
        [one] { $sig } delle { $tested } differenze testate è significativa
       *[other] { $sig } delle { $tested } differenze testate sono significative
    } dopo la correzione ({ $method }).
city-gaps_none = Nessuna delle differenze tra gruppi è significativa (q < { $alpha }): con queste dimensioni campionarie i gruppi non si possono distinguere.
city-gaps_table = Differenze significative tra gruppi, { $wave }
city-gaps_note = { $n ->
        [one] { $n } rispondente
       *[other] { $n } rispondenti
    } nell’ondata.
city-activities = Attività di contatto
city-activities_table = Prima e dopo: le risposte dei partecipanti
city-surveys = Indagini comunali
city-surveys_intro = Indicatori tratti dalle indagini sulla popolazione condotte dalla città stessa.
city-surveys_table = Indicatori delle indagini comunali
city-single_wave = finora una sola ondata
city-how_to_read = Come leggere questo rapporto
city-notes = Note sui dati
city-table_note_flag = ‡ da interpretare con cautela: la stima si basa su meno di 8 gradi di libertà del disegno campionario oppure il suo intervallo è ampio rispetto al valore.
city-gaps_source = Ultima rilevazione ({ $source }): { $wave }
city-peers_too_few = Troppo poche città comparabili: per un confronto ne servono almeno { $min } con un valore.

## read
read-ci = Ogni numero deriva da un’indagine campionaria. L’intervallo di confidenza al 95% indica l’intervallo di valori in cui con ogni probabilità si trova il valore vero; n è il numero di risposte su cui si basa.
read-q = Una variazione è detta significativa quando il suo valore q è inferiore a { $alpha }. I valori q correggono per i numerosi confronti effettuati contemporaneamente ({ $method }), in modo che differenze dovute al caso non vengano presentate come risultati.
read-no_change = «Nessuna variazione netta» è un risultato, non un fallimento: l’eventuale variazione era troppo piccola perché il campione potesse rilevarla. Solo un test di equivalenza può mostrare che un indicatore è rimasto invariato («stabile»).
read-peers = I confronti con altre città mostrano la metà centrale e la mediana di città simili. Non sono classifiche.
read-causation = Questi dati descrivono come cambia il clima nella città; da soli non ne spiegano il perché. I legami con l’Indice ICC tra le città sono associazioni, non effetti causali.

## notes
notes-suppressed = { $k ->
        [one] { $k } delle { $total } stime per questa città (per ondata, gruppo e indicatore) si basa su meno di { $min_n } risposte ed è indicata come «troppo poche risposte».
       *[other] { $k } delle { $total } stime per questa città (per ondata, gruppo e indicatore) si basano su meno di { $min_n } risposte e sono indicate come «troppo poche risposte».
    }
notes-suppressed_waves = Stime sull’intera popolazione con meno di { $min_n } risposte: { $waves }.
notes-rejects = { $k } delle { $n } righe in ingresso { $files ->
        [one] dell’unico file d’indagine
       *[other] dei { $files } file d’indagine
    } di questa città { $k ->
        [one] è stata scartata
       *[other] sono state scartate
    } durante la convalida (l’elenco con file, riga e motivo è nella tabella rejects).
notes-all_rejected = { $k ->
        [one] Un’ondata non ha
       *[other] { $k } ondate non hanno
    } stime perché tutte le righe sono state scartate ({ $waves }); le righe scartate sono elencate nella tabella rejects dell’archivio.
notes-unweighted = { $k ->
        [one] Un’ondata non è ponderata
       *[other] { $k } ondate non sono ponderate
    } ({ $waves }): ogni rispondente conta allo stesso modo, quindi le stime descrivono il campione e valgono per la città solo nella misura in cui il campione le somiglia.
notes-replicate_weights = { $k ->
        [one] Un’ondata fornisce i propri
       *[other] { $k } ondate forniscono i propri
    } pesi replicati ({ $types }: { $waves }). Tutti gli errori standard, gli intervalli e i test di queste ondate derivano da essi, con i relativi gradi di libertà (il rango dei pesi replicati meno uno); lo stesso vale per gli intervalli campionari dell’indice composito e per gli intervalli dell’affidabilità.
notes-no_mode_break = Nessun cambio di modalità di rilevazione tra le ondate del barometro.
notes-mode_break_rule = Le variazioni che la attraversano sono segnalate e i test di tendenza iniziano dopo di essa.
notes-method = Test multipli: { $method }; livello di significatività α = { $alpha }; le stime basate su meno di { $min_n } risposte sono soppresse.
notes-run = Esecuzione { $run } di { $project }.

## brief
brief-title = { $city }: cosa mostra il barometro della coesione
brief-subtitle = Ultima indagine: { $latest } ({ $n ->
        [one] { $n } residente
       *[other] { $n } residenti
    }); { $waves ->
        [one] { $waves } ondata
       *[other] { $waves } ondate
    } { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    }
brief-subtitle_none = Nessuna ondata del barometro
brief-findings = Cosa abbiamo rilevato
brief-no_findings = Non ci sono ancora abbastanza ondate del barometro per riportare risultati.
brief-all_rejected = L’ondata { $wave } non è mostrata: tutte le sue { $n } righe sono state scartate nel controllo dei dati.
brief-peers_lead = Rispetto a città simili:
brief-peers = { $group } ({ $cities }): la città non si distingue dalla loro metà centrale per { $within } indicatori su { $total }{ $more }.
brief-peers_mode = { $k } di queste { $n } città hanno usato un’altra modalità d’indagine, il cui effetto può sembrare una differenza tra città.
brief-peers_ahead = ; è nettamente davanti alla maggior parte di esse per { $n }
brief-peers_behind = ; è nettamente dietro alla maggior parte di esse per { $n }
brief-mode_break = Nota: il metodo d’indagine è cambiato { $wave_vowel ->
        [yes] nell’{ $wave }
       *[no] nel { $wave }
    } ({ $from } → { $to }): i risultati prima e dopo non sono direttamente comparabili; le tendenze sono misurate da allora.
brief-what_shows = Cosa mostrano questi risultati, e cosa no
brief-shows_sample = I numeri provengono da indagini su un campione di residenti: ognuno ha un margine di errore (l’intervallo al 95% indicato).
brief-shows_q = Definiamo significativa una variazione solo se è improbabile che sia dovuta al caso, tenuto conto dei numerosi confronti effettuati (q < { $alpha }); anche gli intervalli accanto a q ne tengono conto.
brief-shows_causation = { $source ->
        [survey] Le indagini comunali mostrano come i residenti vedono la città, non il perché: non provano che una politica abbia causato una variazione.
       *[barometer] Il barometro mostra come cambia il clima, non il perché: non prova che una politica abbia causato una variazione.
    }
brief-shows_peers = I confronti con città simili collocano la città rispetto alla loro metà centrale: non sono una classifica.
brief-talk_title = Come comunicare il risultato
brief-talk_dip = { $list }: l’ultimo calo rientra nel margine di errore. Un calo dentro l’intervallo non è un fallimento né una tendenza.
brief-talk_decline = { $list }: un calo reale. È un motivo per agire (vedere quali gruppi e quartieri sono cambiati), non per smettere di misurare.
brief-talk_keep = Continuare a misurare: solo una serie continua può mostrare se l’azione funziona.
brief-talk_say = Dire cosa mostrano i dati, con la loro incertezza; evitare «abbiamo fallito» e «ce l’abbiamo fatta» sulla base di una sola indagine.
brief-full_report = Il rapporto completo della città riporta ogni numero con il suo intervallo, il confronto con città simili e le note sui dati.
brief-gaps_lead = Differenze tra gruppi confermate:
brief-subtitle_survey = Ultima indagine comunale { $latest } ({ $n ->
        [one] { $n } residente
       *[other] { $n } residenti
    }); ancora nessuna ondata del barometro
brief-title_survey = { $city }: cosa mostrano le indagini comunali
brief-no_findings_levels = Nessuna variazione è ancora misurabile: un confronto richiede una seconda rilevazione. La situazione attuale della città:
brief-level_line = { $indicator }: { $latest }

## network
network-title = Barometro della coesione: rapporto di rete
network-subtitle = { $project } · { $n ->
        [one] { $n } città
       *[other] { $n } città
    } · per i ricercatori
network-intro = Tutte le città della rete a confronto: il barometro nel tempo, i legami tra l’Indice ICC e la coesione, l’indice composito e le diagnostiche degli indicatori. Le stime sono accompagnate da intervalli di confidenza al 95% e la significatività si basa sui valori q; l’indice composito ha due intervalli distinti: un intervallo campionario al 95% ricavato dai pesi replicati e una banda di sensibilità rispetto alle scelte di costruzione, che non è un intervallo di confidenza.
network-cities = Le città e i loro dati
network-cities_table = Dati disponibili per città
network-barometer = Il barometro nel tempo
network-barometer_intro = Indicatori del set «{ $set }»: prima la direzione della serie di ciascuna città, poi l’ultimo valore di ciascuna città con il suo intervallo (città in ordine alfabetico).
network-trend_table = Esito per la serie di ciascuna città
network-trend_table_part = { $caption } (parte { $part } di { $parts })
network-trend_note = Ogni cella è l’esito del test fissato in anticipo (la tendenza su cinque o più ondate dall’ultima interruzione, altrimenti il confronto tra la prima e l’ultima ondata), dopo il controllo per i test multipli (q < { $alpha }); «stabile» solo tramite un test di equivalenza.
network-associations = Indice ICC e coesione
network-associations_intro = Tra le città, come l’ultimo Indice ICC aggregato si associa a ciascun indicatore di coesione (ρ di Spearman con intervallo basato sulla trasformazione z di Fisher). Sono associazioni ecologiche tra città: non effetti causali, né affermazioni sugli individui.
network-assoc_table = Associazioni con l’Indice ICC
network-assoc_note = Valori q ({ $method }) all’interno del set (Indice aggregato e aree insieme).
network-assoc_areas = Associazioni con le aree dell’Indice ICC (ρ di Spearman)
network-assoc_areas_note = {"*"} q < { $alpha } ({ $method } all’interno del set).
network-ecological = Associazione ecologica tra città, non un effetto causale.
network-index_aggregate = Indice aggregato
network-too_few_cities = troppo poche città
network-too_few_cities_long = Troppo poche città dispongono sia dell’Indice ICC sia di questo indicatore per stimare un’associazione.
network-no_values = Nessuna città ha ancora un valore per questo indicatore.
network-composite = Indice composito
network-composite_intro = Punteggi compositi con due intervalli distinti. L’intervallo campionario al 95% ricalcola ogni indicatore sugli stessi pesi replicati di ciascuna ondata (repliche bootstrap generate da cohesion, oppure i pesi replicati propri dell’indagine, se forniti) e conserva così la correlazione tra indicatori misurati sugli stessi rispondenti. La banda di sensibilità mostra quanto variano punteggio e rango quando normalizzazione, ponderazione e aggregazione sono scelte diversamente; non è un intervallo di confidenza. Gli intervalli di rango sono forniti solo per i ricercatori: il rango di una città è incerto e non va citato come posizione in classifica.
network-composite_table = Punteggi compositi e intervalli di rango: { $set }
network-composite_note = Il rango 1 corrisponde al punteggio più alto; gli intervalli campionari del rango derivano dai pesi replicati, le bande di sensibilità del rango dalle estrazioni Monte Carlo delle scelte di costruzione.
network-rank_interval = { $lo }–{ $hi } ({ $median })
network-diagnostics = Diagnostiche dei set di indicatori
network-diagnostics_intro = Mediane di ciascuna diagnostica su città e ondate, per indicatore.
network-activities = Attività di contatto
network-activities_intro = Valutazioni prima/dopo delle attività di contatto, aggregate su tutte le città.
network-notes_rejects = { $k ->
        [one] { $k } delle { $n } righe in ingresso è stata scartata
       *[other] { $k } delle { $n } righe in ingresso sono state scartate
    } durante la convalida (vedere la tabella rejects).
network-surveys = Indagini comunali
network-surveys_intro = Indicatori del set «{ $set }» tratti dalle indagini sulla popolazione condotte dalle città: prima l’esito sulle rilevazioni di ciascuna città (da una rilevazione all’altra), poi l’ultimo valore di ciascuna città con il suo intervallo (città in ordine alfabetico).

## sets
sets-title = Set di indicatori: rapporto per il gruppo di lavoro
sets-subtitle = { $project } · { $n ->
        [one] { $n } set di indicatori
       *[other] { $n } set di indicatori
    }
sets-intro = Ogni set candidato con i suoi indicatori e ciò che questa esecuzione ne dice: copertura, frequenza con cui hanno rilevato una variazione significativa, precisione e associazione con l’Indice ICC.
sets-table = Indicatori del set
sets-table_note = Variazioni significative: ondate consecutive, intera popolazione, q < α. Ampiezza dell’IC: ampiezza mediana dell’intervallo al 95% su tutte le coppie città-ondata.
sets-share_sig = { $k } su { $n }
sets-composite = Indice composito «{ $name }»: { $list }; { $norm }, { $weights }, { $agg }; { $draws } estrazioni Monte Carlo per la banda di sensibilità; intervalli campionari al 95% dai pesi replicati.
sets-weights_equal = pesi uguali
sets-weights_explicit = pesi espliciti
sets-diagnostics = Diagnostiche
sets-diag_table = Diagnostiche: { $set }
sets-diag_note = Mediana su città e ondate.
sets-comparison = Confronto tra set
sets-comparison_intro = I due set candidati a confronto, indicatore per indicatore, con un esito e i numeri su cui si basa.
sets-comparison_table = Confronto tra set
sets-comparison_verdicts = Esiti e numeri su cui si basano
sets-no_comparison = Nell’archivio non c’è alcun confronto tra set (tabella set_comparison). Eseguire il comando compare-sets per aggiungerne uno.

## column
column-side = Set
column-set_id = Id del set
column-indicator_id = Indicatore
column-source = Fonte
column-statistic = Statistica
column-alpha_median = α mediano
column-mdc_median = VMR mediana
column-typical_change = Variazione tipica
column-share_significant = Quota significativa
column-n_changes = Variazioni testate
column-max_abs_corr = |r| max.
column-most_correlated_with = Più correlato con
column-rho_icc_index = ρ con l’Indice ICC
column-verdict = Esito
column-reasons = Motivi
column-min_important_change = Variazione minima importante
column-detectable_slope_median = Tendenza annua rilevabile
column-true_change_sd = DS della variazione reale

## index
index-heading = Rapporti in italiano
index-city_report = rapporto della città
index-brief = nota per il sindaco

## verdict
verdict-keep = da mantenere
verdict-weak_reliability = affidabilità debole
verdict-insensitive = poco sensibile
verdict-redundant = ridondante
verdict-no_data = nessun dato
verdict-not_assessed = rilevabilità non valutata

## word
word-improved = Miglioramento
word-declined = Peggioramento
word-stable = Stabile
word-fluctuating = Oscillante
word-no_clear_change = Nessuna variazione netta
word-no_comparison = Troppo poche ondate

## verdict_sentence
verdict_sentence-trend_sig = Su { $n } ondate, { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    }, la tendenza è di { $estimate } { $unit } (intervallo corretto da { $lo } a { $hi }; { $q }).
verdict_sentence-trend_ns = Nessuna tendenza netta su { $n } ondate, { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    }: compatibile con una pendenza da { $lo } a { $hi } { $unit } (pendenza { $estimate }; { $q }).
verdict_sentence-trend_fluctuating = Nessuna tendenza costante su { $n } ondate, { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    }, ma il livello è variato tra un’ondata e l’altra più del margine di errore (pendenza media { $estimate } { $unit }, intervallo corretto da { $lo } a { $hi }; { $q }).
verdict_sentence-trend_stable = Stabile su { $n } ondate, { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    }: la variazione totale nel periodo, da { $eq_lo } a { $eq_hi } { $total_unit } (intervallo al 90%), rientra nella fascia di ±{ $margin } considerata stabile.
verdict_sentence-change_sig = { $first_vowel ->
        [yes] Dall’{ $first }
       *[no] Dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    }: { $estimate } { $unit } (intervallo corretto da { $lo } a { $hi }; { $q }).
verdict_sentence-change_ns = Nessuna variazione netta { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    }: compatibile con qualsiasi valore da { $lo } a { $hi } { $unit } (variazione { $estimate }; { $q }).
verdict_sentence-change_stable = Stabile { $first_vowel ->
        [yes] dall’{ $first }
       *[no] dal { $first }
    } { $last_vowel ->
        [yes] all’{ $last }
       *[no] al { $last }
    }: la variazione, da { $eq_lo } a { $eq_hi } { $unit } (intervallo al 90%), rientra nella fascia di ±{ $margin } considerata stabile.
verdict_sentence-none = Ancora troppo poche ondate comparabili per verificare una variazione.
verdict_sentence-latest_change = Ultima variazione significativa: { $diff } { $unit } { $from_vowel ->
        [yes] dall’{ $from }
       *[no] dal { $from }
    } { $to_vowel ->
        [yes] all’{ $to }
       *[no] al { $to }
    } (intervallo corretto da { $lo } a { $hi }; { $q }).

## verdict_short
verdict_short-per_year = { $slope } all’anno
verdict_short-stable = { $estimate } (intervallo al 90%: da { $lo } a { $hi }, entro ±{ $margin })
verdict_short-stable_trend = variazione totale nel periodo da { $lo } a { $hi } (intervallo al 90%), entro ±{ $margin }
verdict_short-latest_change = { $short }; ultima variazione { $diff } (da { $lo } a { $hi }), { $from } → { $to }
word_cell-latest_change = { $word }; ultima variazione { $diff } ({ $from } → { $to })

## reason
reason-alpha = α mediano { $alpha }
reason-significant = { $k ->
        [one] { $k } variazione significativa su { $n }
       *[other] { $k } variazioni significative su { $n }
    }
reason-corr = |r| massimo { $r } (con { $other })
reason-rho = ρ con l’Indice ICC { $rho }
reason-no_data = nessuna stima nell’archivio
reason-mdc_above = variazione minima rilevabile { $mdc } (potenza dell’80%, tenendo conto degli altri indicatori testati insieme) superiore alla più piccola variazione che conta ({ $mic }) e al suo stesso movimento reale tra le ondate: non può rilevare né l’una né l’altro
reason-mdc_above_moves = variazione minima rilevabile { $mdc } superiore alla più piccola variazione che conta ({ $mic }), ma l’indicatore coglie il proprio movimento reale (tra le ondate: DS { $sd }; nel tempo: una tendenza tipica di { $trend } all’anno contro una rilevabile di { $dslope })
reason-mdc_within = variazione minima rilevabile { $mdc } (potenza dell’80%, tenendo conto degli altri indicatori testati insieme), non superiore alla più piccola variazione che conta ({ $mic })
reason-mdc_no_mic = variazione minima rilevabile { $mdc }; il set non dichiara una più piccola variazione che conta (min_important_change)
reason-no_mdc = nessuna variazione minima rilevabile (nessun errore campionario)
reason-detectable_slope = tendenza rilevabile di { $slope } all’anno (cinque o più ondate)
reason-true_change = DS della variazione reale tra le ondate { $sd }
reason-responsiveness = reattività { $r } (movimento reale rispetto al rumore di una variazione; sopra 1 si muove più del rumore campionario)

## finding
finding-survey = { $indicator } (indagine comunale)

## gap
gap-sentence = { $indicator }, { $source } { $wave }: { $group } { $value }, { $reference } { $ref_value } — una differenza di { $gap } { $unit } (intervallo corretto da { $lo } a { $hi }; { $q }).

## absent
absent-lead = Limiti di questo rapporto: { $items }.
absent-barometer = nessuna ondata del barometro per questa città (aggiungere ondate del barometro con kind = "barometer" nella cartella delle indagini)
absent-peers = nessun confronto con città simili (servono altre città con gli stessi indicatori del barometro)
absent-index_project = nessun punteggio dell’Indice ICC in questo progetto (aggiungere data/index_scores.csv e indicarlo in cohesion.toml)
absent-index_city = nessuna valutazione dell’Indice ICC per questa città (aggiungere i suoi punteggi al file dell’Indice)
absent-gaps = nessun confronto tra sottogruppi (associare una colonna [groups], ad esempio migrant_background, nei manifest delle indagini)
absent-network_barometer = nessuna ondata del barometro (aggiungere ondate con kind = "barometer")
absent-network_surveys = nessun indicatore di indagine comunale con dati (aggiungere al set ondate d’indagine e indicatori d’indagine)
absent-composite = nessun indice composito (aggiungere una sezione [composite] al set di indicatori)

## effects
effects-city_own = Valutazioni prima/dopo delle attività svolte da { $city } stessa: { $types }. La prima tabella descrive solo le sessioni di questa città; la seconda aggrega tutte le città che hanno svolto gli stessi tipi di attività, con un intervallo calcolato sulle loro attività.
effects-city_pooled = { $city } non ha attività proprie valutate. La tabella mostra i risultati delle attività delle altre città della rete, aggregati tra le città: { $types }.
effects-col_activities = Attività
effects-col_change_ci = Variazione (IC al 95% sulle attività)
effects-col_up_same_down = Migliorato / invariato / peggiorato (%)
effects-note = Variazione: la media di dopo − prima sui partecipanti che hanno risposto a entrambe le rilevazioni, con un intervallo al 95% che considera l’attività come unità (i partecipanti di una stessa sessione non sono indipendenti): un intervallo t robusto rispetto ai cluster, calcolato sulle attività. Migliorato / invariato / peggiorato: quote di quei partecipanti. Un risultato è detto significativo solo quando il test sulla stessa base (la variazione media divisa per il suo errore standard robusto rispetto ai cluster, t con numero di attività − 1 gradi di libertà) dà un q inferiore alla soglia ({ $method } tra i risultati della stessa città; i risultati aggregati tra le città formano un gruppo a sé), così che la parola concordi sempre con l’intervallo. Il test dei ranghi con segno di Wilcoxon o il test di McNemar e la r biseriale per ranghi (che conta chi non è cambiato) descrivono i partecipanti come se fossero indipendenti e non sono mai determinanti. Non c’è un gruppo di controllo: una variazione tra volontari non prova che l’attività l’abbia causata.
effects-single_activity = {"*"} Una sola attività: non c’è variabilità tra attività da stimare, quindi non si può fornire alcun intervallo.
effects-not_assessed = troppo poche attività per giudicare
effects-item_scale = { $item } (scala { $lo }–{ $hi })
effects-few_activities = Meno di { $min } attività: l’intervallo è mostrato, ma la significatività non viene valutata (un test su così poche attività dice poco).
effects-kruskal = { $item }: variazione confrontata tra tipi di attività ({ $types }) con un test di Kruskal–Wallis sulla variazione media di ciascuna attività, { $k } attività ({ $n } coppie), { $q }.
effects-network_by_city = Le stesse valutazioni città per città: le sessioni proprie di ciascuna città. Con una sola attività in una città non c’è intervallo.
effects-by_city_table = Prima e dopo, per città
effects-pooled_table = Gli stessi tipi di attività, aggregando tutte le città che li hanno svolti

## networks
index-network_report = rapporto di rete
networks-kind_national = rete nazionale
networks-kind_cluster = raggruppamento
networks-subtitle = { $n } città in { $project } ({ $kind })
networks-members = Città membri: { $cities }.
networks-too_few = Questa rete ha { $n } { $n ->
        [one] città membro
       *[other] città membri
    } nel progetto: le stime di rete ne richiedono almeno { $min }, perché da una media di due città ciascuna potrebbe ricavare il valore dell’altra. Il rapporto di ciascuna città membro ne riporta i dati.
networks-intro = Gli esiti della rete usano gli stessi test di quelli di una città, sugli anni in cui le città membri hanno ondate del barometro. «Città membro tipica» dà a ogni città lo stesso peso; «residenti delle città membri» pondera ogni città per la sua popolazione. Una città membro senza ondata in un anno è esclusa da quell’anno, mai imputata: per questo è indicato il numero di città su cui si basa ogni anno. Le città non sono messe in classifica.
networks-weighting_unweighted = Città membro tipica
networks-weighting_population = Residenti delle città membri
networks-range = da { $lo } a { $hi }
networks-verdicts_caption = Esiti della rete e di ciascuna città membro
networks-verdicts_note = L’intervallo della rete (una pendenza annua per una tendenza, una differenza per una variazione) è corretto per il numero di indicatori testati.
networks-levels_caption = Ultimi livelli della rete (intervallo al 95%)
networks-levels_note = Medie delle stime delle città membri per l’anno; l’intervallo combina gli errori campionari indipendenti delle città.
networks-year = Anno
networks-cities_with_value = Città con un valore
networks-of_members = { $k } su { $n }
networks-range_trend = da { $lo } a { $hi } all’anno
networks-index_heading = Indice ICC per area
networks-index_caption = Media delle città membri rispetto a tutte le città del progetto (ultima valutazione di ciascuna città)
networks-area = Area
networks-members_mean = Città membri (media)
networks-all_mean = Tutte le città (media)
networks-index_note = Aree principali; ultima valutazione di ciascuna città. Le valutazioni effettuate con versioni diverse dell’Indice non sono strettamente comparabili.

## Explorer (reports/explorer/<lang>/index.html): words the page needs before its script runs
explorer-language_name = Italiano
explorer-group_all = Tutti i residenti
explorer-noscript = Questa pagina interattiva richiede JavaScript. Gli stessi dati si trovano nei rapporti delle città e della rete.

explorer-title = Esplora la coesione
explorer-language = Lingua
explorer-views = Viste
explorer-view_time = Città nel tempo
explorer-view_cities = Città a confronto
explorer-view_gaps = Differenze tra sottogruppi
explorer-view_index = Indice ICC per area
explorer-view_composite = Indice composito (ricercatori)
explorer-no_data = Nessun dato per questa scelta.
explorer-download_png = Scarica PNG
explorer-download_svg = Scarica SVG
explorer-download_csv = Scarica CSV

explorer-set = Set di indicatori
explorer-indicator = Indicatore
explorer-city = Città
explorer-city_highlight = Città evidenziata
explorer-kind = Fonte
explorer-group = Gruppo
explorer-compare = Confronta con
explorer-compare_none = (nessun secondo gruppo)
explorer-dim = Gruppi confrontati
explorer-peer = Gruppo di confronto
explorer-period = Periodo
explorer-period_latest = Ultima ondata di ciascuna città
explorer-sort = Ordine
explorer-sort_name = Per nome
explorer-sort_peer = Prima il gruppo di confronto
explorer-composite = Punteggio composito

explorer-title_time = { $indicator }: { $city }, { $group } ({ $source })
explorer-title_cities = { $indicator }: città a confronto, { $group } ({ $source }; { $wave })
explorer-title_gaps = { $indicator }: differenze per { $group }, { $city } ({ $source })
explorer-title_index = Indice ICC per area: { $city }
explorer-title_index_year = Indice ICC per area: { $city }, { $wave }
explorer-title_composite = { $indicator }: { $city }
explorer-summary_time = { $indicator }, { $city }, { $group }: punti con intervalli al 95%; ondate: { $n } ({ $from } – { $to }). I numeri sono nella tabella qui sotto.
explorer-summary_cities = { $indicator } ({ $source }, { $group }): una riga per città, punti con intervalli al 95%; città mostrate: { $n }. I numeri sono nella tabella qui sotto.
explorer-summary_gaps = { $indicator }, { $city }: differenze tra gruppi ({ $group }) con intervalli al 95%; punti: { $n }. I numeri sono nella tabella qui sotto.
explorer-summary_index = Indice ICC di { $city }, { $wave }, per area, rispetto alla mediana e alla metà centrale del gruppo di confronto; aree: { $n }. I numeri sono nella tabella qui sotto.
explorer-summary_composite = { $indicator }, { $city }, con il suo intervallo campionario al 95% e la banda di sensibilità; ondate: { $n }. I numeri sono nella tabella qui sotto.

explorer-axis_percent = % dei rispondenti
explorer-axis_score = punteggio (0–100)
explorer-axis_raw = media sulla scala della domanda
explorer-axis_gap_percent = differenza in punti percentuali
explorer-axis_gap_score = differenza in punti (scala 0–100)
explorer-axis_gap_raw = differenza sulla scala della domanda
explorer-axis_composite = punteggio composito
explorer-legend_estimate = stima con intervallo al 95%
explorer-legend_break = interruzione della serie (passare sopra o dare il focus per la nota)
explorer-legend_members = { $group } (membri)
explorer-legend_median = mediana del gruppo di confronto
explorer-legend_iqr = metà centrale del gruppo di confronto
explorer-legend_sig = pieno: significativo dopo la correzione per i confronti multipli
explorer-legend_notsig = vuoto: non significativo
explorer-legend_score = punteggio composito
explorer-legend_sampling = intervallo campionario al 95%
explorer-legend_band = banda di sensibilità (non è un intervallo campionario)
explorer-diff_to = { $group }: differenza rispetto a { $value }
explorer-other_cities = Altre città
explorer-too_few = troppo poche risposte
explorer-flag_short = ‡ da interpretare con cautela
explorer-label_value = { $group }: { $value }

explorer-tip_value = { $wave }: { $value }
explorer-tip_interval = intervallo al 95%: da { $lo } a { $hi }
explorer-tip_adjusted = intervallo corretto: da { $lo } a { $hi }
explorer-tip_n = n = { $n }
explorer-tip_verdict = esito: { $value }
explorer-tip_sig = significativo dopo la correzione ({ $q })
explorer-tip_notsig = non significativo dopo la correzione ({ $q })
explorer-not_tested = non testato
explorer-tip_member = nel gruppo di confronto
explorer-tip_median = mediana del gruppo di confronto: { $value }
explorer-tip_iqr = metà centrale del gruppo di confronto: da { $lo } a { $hi }
explorer-tip_position = posizione: { $value }
explorer-tip_n_peers = città di confronto con dati: { $n }
explorer-tip_sampling = intervallo campionario al 95%: da { $lo } a { $hi }
explorer-tip_band = banda di sensibilità: da { $lo } a { $hi }

explorer-verdict = Esito
explorer-no_verdict = Nessun esito per questa scelta.
explorer-break = Interruzione della serie tra { $from } e { $to }: { $value }
explorer-break_plain = Interruzione della serie tra { $from } e { $to }.
explorer-n_range_wave = n = { $lo }–{ $hi } per ondata
explorer-n_one_wave = n = { $n } per ondata
explorer-n_range_city = n = { $lo }–{ $hi } per città
explorer-n_one_city = n = { $n } per città
explorer-missing_cities = Città senza un valore per questa scelta: { $n }.
explorer-peer_note = La mediana e la metà centrale del gruppo di confronto mostrano dove si collocano città simili. Non sono una classifica.
explorer-peer_too_few = Troppo poche città comparabili hanno un valore: non è possibile mostrare la mediana né la metà centrale del gruppo di confronto.
explorer-peer_group = Gruppo di confronto: { $group }.
explorer-peer_caption = { $city } rispetto al suo gruppo di confronto ({ $wave })
explorer-peer_latest_only = Il gruppo di confronto è mostrato solo con l’ultima ondata di ciascuna città: scegliere «{ $value }» in Periodo per vederlo.
explorer-peer_all_only = I gruppi di confronto sono confrontati solo per tutti i residenti: scegliere «{ $group }» in Gruppo per vedere il gruppo di confronto.
explorer-gap_note = Punti pieni: significativi dopo la correzione per i confronti multipli (q < { $q }). Correzione: { $value }. Gli intervalli corretti sono nella tabella.
explorer-index_note = I punteggi dell’Indice ICC derivano da una valutazione, non da un campione: non hanno un intervallo campionario, quindi nessun intervallo viene disegnato.
explorer-composite_note = Per i ricercatori. L’intervallo campionario al 95% deriva dai pesi replicati di ciascuna ondata. La banda di sensibilità mostra quanto varia il punteggio quando l’indice composito è costruito in modo diverso (normalizzazione, pesi, aggregazione); non è un intervallo campionario. Un indice composito non mostra quali indicatori si sono mossi.

explorer-col_group = Gruppo
explorer-col_reference = Confrontato con
explorer-col_wave = Ondata
explorer-col_city = Città
explorer-col_area = Area
explorer-col_n = n
explorer-col_estimate = Stima
explorer-col_lo = Intervallo al 95%, da
explorer-col_hi = Intervallo al 95%, a
explorer-col_alo = Intervallo corretto, da
explorer-col_ahi = Intervallo corretto, a
explorer-col_gap = Differenza
explorer-col_sig = Significativo dopo la correzione
explorer-col_note = Nota
explorer-col_member = Nel gruppo di confronto
explorer-col_city_value = Valore della città
explorer-col_score = Punteggio
explorer-col_median = Mediana del gruppo di confronto
explorer-col_q1 = Metà centrale del gruppo di confronto, da
explorer-col_q3 = Metà centrale del gruppo di confronto, a
explorer-col_n_peers = Città di confronto con dati
explorer-col_other_mode = Città di confronto rilevate con un’altra modalità
explorer-col_position = Posizione
explorer-col_blo = Banda di sensibilità, da
explorer-col_bhi = Banda di sensibilità, a
explorer-yes = sì
explorer-no = no
