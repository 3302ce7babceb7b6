# Deutsche Texte der cohesion-Berichte im Format von Project Fluent (https://projectfluent.org/).
# Gleiche Kennungen wie en.ftl (fehlende Meldungen fallen auf Englisch zurück); siehe
# docs/TRANSLATIONS.md. Variablen { $name } füllt das Programm; sie werden nicht übersetzt.
# Stil: Amtsstatistik, sachlich und überwiegend unpersönlich.
#
# Zahlen: Dezimalkomma; Tausendertrennung mit schmalem geschütztem Leerzeichen (U+202F), wie in
# den Tabellen von Destatis und nach DIN 5008 / DIN 1333 und ISO 80000-1 (erst ab fünf Stellen:
# 4812, aber 40 297). Geschütztes Leerzeichen (U+00A0) vor „%“ („45,2 %“, DIN 5008).
#
# Numerus nach CLDR: „one“ nur für die ganze Zahl 1 ohne Nachkommastellen („1 Punkt“, aber
# „1,0 Punkte“). Zahlen vor Substantiven wählen ihre Form mit { $n -> [one] … *[other] … };
# wo eine Zahl fast nie 1 ist (Trends erst ab fünf Wellen), bleibt die Formulierung im Plural.

## number
number-decimal = ,
number-group =  
number-group_min_digits = 4
number-percent = { $v } %

## date
date-pattern = { $d }. { $month } { $y }
wave-pattern = { $month } { $y }

## month
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

## month_short
month_short-1 = Jan.
month_short-2 = Feb.
month_short-3 = März
month_short-4 = Apr.
month_short-5 = Mai
month_short-6 = Juni
month_short-7 = Juli
month_short-8 = Aug.
month_short-9 = Sept.
month_short-10 = Okt.
month_short-11 = Nov.
month_short-12 = Dez.

## common
common-contents = Inhalt
common-source = Quelle: { $project }, cohesion-Lauf { $run }
common-footer_method = Die Befunde beruhen auf einem vorab festgelegten Test (Trend über fünf oder mehr Wellen, sonst Vergleich der ersten mit der letzten Welle) unter Berücksichtigung der Freiheitsgrade des Stichprobendesigns; q-Werte nach dem { $method }; „signifikant“ bedeutet q < { $alpha }; „stabil“ setzt einen Äquivalenztest voraus. Schätzwerte, die auf weniger als { $min_n } Antworten beruhen, werden nicht ausgewiesen.
common-footer_run = { $project } · cohesion { $version } · Lauf { $run }
common-n_cities = { $n ->
        [one] { $n } Stadt.
       *[other] { $n } Städte.
    }
common-no_diagnostics = Die Diagnosetabelle der Indikatorensets (diagnostics) ist nicht im Datenspeicher; Reliabilität, fehlende Werte, Nachweisbarkeit und Redundanz werden daher hier nicht gezeigt. Führen Sie die Workbench-Stufe aus, um sie hinzuzufügen.

## method
method-bh = Benjamini-Hochberg-Verfahren (Falscherkennungsrate)
method-holm = Holm-Verfahren

## unit
unit-pp = { $n ->
        [one] Prozentpunkt
       *[other] Prozentpunkte
    }
unit-points = { $n ->
        [one] Punkt
       *[other] Punkte
    }
unit-scale_points = { $n ->
        [one] Skalenpunkt
       *[other] Skalenpunkte
    }
unit-per_year = { $unit } pro Jahr

## axis
axis-percent = Anteil der Befragten in %
axis-score = Punktwert (0–100)
axis-raw = Mittelwert auf der Antwortskala der Frage
axis-wave = Barometerwelle (Erhebungszeitraum)
axis-gap_pp = Unterschied zwischen den Gruppen, Prozentpunkte
axis-gap_points = Unterschied zwischen den Gruppen, Punkte (0–100)
axis-gap_raw = Unterschied zwischen den Gruppen, auf der Skala der Frage
axis-rho = Spearman-Korrelation ρ
axis-score_or_percent = Anteil der Befragten in % oder Punktwert (0–100)

## chart
chart-estimate = Schätzwert
chart-interval = 95-%-Konfidenzintervall
chart-trend = Trendlinie (Steigung pro Jahr)
chart-break = Reihenbruch
chart-suppressed = n < { $min_n }
chart-peer_median = Median der Vergleichsstädte
chart-peer_spread = Vergleichsstädte, mittlere Hälfte
chart-no_data = keine Daten
chart-trend_subtitle = { $city }: { $first } bis { $last }; { $waves ->
        [one] { $waves } Welle
       *[other] { $waves } Wellen
    }; { $n ->
        [one] { $n } Befragte Person
       *[other] { $n } Befragte
    } insgesamt
chart-peer_title = { $city } und ähnliche Städte
chart-peer_subtitle = { $group }; Vergleichsstädte: { $n }; jeweils letzte Barometerwelle
chart-radar_title = Bereiche des ICC-Index: { $city } und Median der Vergleichsstädte
chart-radar_subtitle = Bewertung { $year } (Indexversion { $version }); Median der jeweils letzten Bewertungen der Vergleichsstädte (Städte: { $n })
chart-gap_title = { $dim }: { $group } − { $reference }
chart-gap_subtitle = { $city }, { $wave }; { $n ->
        [one] { $n } Befragte Person
       *[other] { $n } Befragte
    }
chart-gap_caption = Die Balken sind die für Mehrfachvergleiche adjustierten Intervalle (die neben q angegebenen); hervorgehobene (blaue) Zeilen sind nach der Korrektur signifikant.
chart-no_gap = kein Unterschied
chart-network_subtitle = Jeweils letzte Welle von { $n ->
        [one] { $n } Stadt
       *[other] { $n } Städten
    }; { $resp ->
        [one] { $resp } Befragte Person
       *[other] { $resp } Befragte
    }
chart-network_median = Median der Städte
chart-assoc_title = ICC-Index und Zusammenhalt im Städtevergleich
chart-assoc_subtitle = Spearmans ρ mit für Mehrfachvergleiche adjustiertem Intervall; Städte: { $n }
chart-no_association = kein Zusammenhang
chart-composite_title = Kompositindex: { $set }
chart-composite_subtitle = Punktwert mit 95-%-Stichprobenintervall (Replikationsgewichte); Städte: { $n }
chart-range = { $lo } bis { $hi }
chart-interval_adjusted = Intervall, adjustiert für Mehrfachvergleiche
chart-interval_sampling = 95-%-Stichprobenintervall (Replikationsgewichte)

## alt
alt-trend = Liniendiagramm: { $indicator } in { $city } von { $first } bis { $last } mit 95-%-Konfidenzband. Aktueller Wert: { $latest }.
alt-peers = Punktdiagramm: { $city } im Vergleich zur mittleren Hälfte und zum Median der Vergleichsstädte ({ $group })
alt-radar = Netzdiagramm der Bereiche des ICC-Index für { $city } im Jahr { $year } (Wert der Stadt / Median der Vergleichsstädte):

## phrase
phrase-estimate = { $value } ({ $wave }; 95-%-KI { $lo } bis { $hi }; n = { $n })
phrase-estimate_short = { $value } ({ $lo }–{ $hi })
phrase-suppressed = zu wenige Antworten ({ $wave })
phrase-too_few = zu wenige Antworten für einen Schätzwert
phrase-too_few_short = zu wenige Antworten
phrase-change = { $diff } { $unit } (adjustiertes Intervall { $lo } bis { $hi }; { $q })
phrase-change_short = { $diff } ({ $lo } bis { $hi }); { $q }
phrase-diff_ci = { $diff } ({ $lo } bis { $hi })

## sentence
sentence-latest = Aktueller Wert: { $latest }.
sentence-change_sig = Signifikante Veränderung zwischen { $from } und { $to }: { $change }.
sentence-change_ns = Zwischen { $from } und { $to } ist keine klare Veränderung erkennbar; mit den Daten vereinbar sind { $lo } bis { $hi } { $unit } ({ $q }).
sentence-across_break = Dieser Vergleich reicht über einen Reihenbruch hinweg; die Werte sind daher nicht streng vergleichbar.
sentence-trend_up = Steigender Trend über { $n } Wellen von { $first } bis { $last }: etwa { $slope } { $per_year } (Trendtest auf den Schätzwerten der Wellen und ihren Fehlerspannen; { $q }).
sentence-trend_down = Sinkender Trend über { $n } Wellen von { $first } bis { $last }: etwa { $slope } { $per_year } (Trendtest auf den Schätzwerten der Wellen und ihren Fehlerspannen; { $q }).
sentence-trend_none = Über { $n } Wellen von { $first } bis { $last } ist kein klarer Trend erkennbar (Steigung { $slope } { $per_year }; { $q }).
sentence-trend_fluctuating = Über { $n } Wellen von { $first } bis { $last } kein gleichmäßiger Trend, aber das Niveau schwankte zwischen den Wellen stärker als die Fehlerspanne (mittlere Steigung { $slope } { $per_year }; { $q }).
sentence-trend_few = Zu wenige vergleichbare Wellen ({ $n }) für einen Trendtest; erforderlich sind mindestens fünf.
sentence-trend_after_break = Der Trendtest berücksichtigt nur die Wellen nach dem letzten Reihenbruch.
sentence-dip = Der jüngste Schritt in die ungünstige Richtung liegt innerhalb der Fehlermarge und ist kein Beleg für eine Verschlechterung.
sentence-lower_is_better = Bei diesem Indikator sind niedrigere Werte besser.
sentence-mode_break = Reihenbruch vor { $wave }: Erhebungsmodus bis dahin { $from }, seitdem { $to }.
sentence-change_eq = Stabil zwischen { $from } und { $to }: { $change }; die Veränderung liegt innerhalb des Äquivalenzbereichs.
sentence-flagged = Der aktuelle Wert ist mit Vorsicht zu interpretieren: Er beruht auf wenigen Auswahleinheiten oder hat ein breites Intervall.

## tone
tone-stable = Keine signifikante Veränderung
tone-significant = signifikant
tone-significant_cap = Signifikant

## trend
trend-up = steigend, { $slope } { $per_year }
trend-down = sinkend, { $slope } { $per_year }
trend-none = kein klarer Trend
trend-fluctuating = schwankend, ohne klare Richtung
trend-few = zu wenige Wellen

## position
position-above = über der mittleren Hälfte
position-below = unter der mittleren Hälfte
position-within = nicht von der mittleren Hälfte zu unterscheiden
position-unknown = nicht verfügbar

## peers
peers-knn = { $k ->
        [one] Die ähnlichste Stadt
       *[other] Die { $k } ähnlichsten Städte
    }
peers-population = Städte ähnlicher Größe (Einwohnerzahl { $band })
peers-foreign_born = Städte mit ähnlichem Anteil im Ausland Geborener ({ $band })

## mode
mode-online = online
mode-phone = telefonisch
mode-face_to_face = persönlich-mündlich
mode-paper = schriftlich (Papier)
mode-mixed = gemischt (Mixed Mode)

## dim
dim-migrant_background = Migrationshintergrund
dim-age_band = Alter
dim-gender = Geschlecht
dim-neighbourhood = Stadtteil

## group.migrant_background
group-migrant_background-yes = mit Migrationshintergrund
group-migrant_background-no = ohne Migrationshintergrund

## group.gender
group-gender-man = Männer
group-gender-woman = Frauen
group-gender-other = anderes Geschlecht

## item
item-trust_people = Den meisten Menschen kann man vertrauen
item-trust_neighbours = Vertrauen in die Nachbarschaft
item-trust_institutions = Vertrauen in die Stadtverwaltung
item-belonging = Zugehörigkeit zur Stadt
item-get_along = Menschen unterschiedlicher Herkunft kommen gut miteinander aus
item-diversity_advantage = Vielfalt ist ein Vorteil
item-contact_diverse = Bedeutsame Kontakte zwischen Menschen unterschiedlicher Herkunft
item-discrimination_experienced = Erlebte Diskriminierung
item-safety_night = Sicherheitsgefühl bei Dunkelheit
item-civic_participation = Bürgerschaftliche Beteiligung

## activity
activity-intercultural_dialogue = Interkultureller Dialog
activity-sports_mixed_teams = Sport in gemischten Teams
activity-info_session = Informationsveranstaltung

## effect
effect-difference_in_proportions = Anteilsdifferenz
effect-matched-pairs_rank-biserial_r = rangbiseriales r

## source
source-survey = Stadtbefragung
source-barometer = Barometer
source-index = ICC-Index

## statistic
statistic-share_agree = Anteil Zustimmung (%)
statistic-mean = Mittelwert auf der Antwortskala
statistic-mean_pomp = mittlerer Punktwert (0–100)
statistic-scale_pomp = Skalenwert (0–100)
statistic-index_area = Punktwert eines Indexbereichs
statistic-index_aggregate = Gesamtindex

## polarity
polarity-higher_is_better = höher ist besser
polarity-lower_is_better = niedriger ist besser

## norm
norm-pomp = Prozent des möglichen Maximums (POMP)
norm-minmax = Min-Max
norm-zscore = z-Werte

## agg
agg-arithmetic = arithmetisches Mittel
agg-geometric = geometrisches Mittel

## metric
metric-alpha = Cronbachs α
metric-missing = fehlende Antworten (%)
metric-unit_missing = nicht gefragt (Anteil)
metric-floor = Bodeneffekt (%)
metric-ceiling = Deckeneffekt (%)
metric-mdc = minimal nachweisbare Veränderung
metric-mdc_median = minimal nachweisbare Veränderung (Median)
metric-share_significant = signifikante Veränderungen (%)
metric-typical_change = typische Veränderung
metric-spearman_icc_index = ρ mit dem ICC-Index
metric-item_missing = fehlende Itemantworten (Anteil)
metric-item_rest = Trennschärfe (Item-Rest-Korrelation)
metric-corr_with = Korrelation (Pearson)
metric-spearman_with = Korrelation (Spearman)
metric-spearman_icc_index_p = p-Wert von ρ mit dem ICC-Index
metric-detectable_slope = nachweisbarer Trend pro Jahr
metric-detectable_slope_median = nachweisbarer Trend pro Jahr (Median)
metric-true_change_sd = Standardabweichung der wahren Veränderung

## col
col-indicator = Indikator
col-latest = Aktueller Wert (95-%-KI)
col-n = n
col-last_change = Veränderung seit der Vorwelle
col-trend = Trend
col-city_value = Stadt
col-peer_median = Median der Vergleichsstädte
col-peer_iqr = Mittlere Hälfte der Vergleichsstädte
col-position = Lage
col-area = Bereich
col-city_score = Punktwert der Stadt
col-n_peers = Vergleichsstädte mit Daten
col-year = Jahr
col-version = Indexversion
col-index = ICC-Index
col-note = Anmerkung
col-groups = Verglichene Gruppen
col-values = Werte
col-gap = Unterschied (adjustiertes Intervall)
col-q = q
col-activity = Angebotsart
col-item = Frage
col-pairs = Paare
col-before = Vorher
col-after = Nachher
col-effect_size = Effektstärke
col-city = Stadt
col-waves = Barometerwellen
col-period = Zeitraum
col-respondents = Befragte
col-surveys = Stadtbefragungen
col-index_latest = Letzter ICC-Index (Version)
col-index_measure = Maß des ICC-Index
col-n_cities = Städte
col-rho = ρ (für Mehrfachvergleiche adjustiertes Intervall)
col-wave = Welle
col-score = Punktwert (95-%-Stichprobenintervall)
col-score_band = Sensitivitätsband des Punktwerts (95 %)
col-rank_interval = Rang: Stichprobenintervall (Median)
col-rank_band = Rang: Sensitivitätsband
col-n_ranked = Städte mit Rang
col-source = Quelle · Statistik
col-items = Fragen oder Bereiche
col-polarity = Richtung
col-sig_changes = Signifikante Veränderungen
col-ci_width = Typische Breite des 95-%-KI
col-rho_index = ρ mit dem ICC-Index (95-%-KI)
col-verdict = Befund
col-set = Indikatorenset
col-reasons = Begründung

## city
city-title = { $city }: Bericht zum gesellschaftlichen Zusammenhalt
city-subtitle = { $project } · { $set } · letzte Barometerwelle: { $latest }
city-glance = Auf einen Blick
city-glance_intro = Der Befund zu jedem Indikator beruht auf dem vorab festgelegten Test (Trend über fünf oder mehr Wellen, sonst Vergleich der ersten mit der letzten Welle), nach Korrektur für die vielen durchgeführten Vergleiche (q < { $alpha }). „Stabil“ heißt: Die Veränderung liegt nachweislich innerhalb eines engen Bereichs. „Schwankend“ heißt: Das Niveau schwankte zwischen den Wellen stärker als die Fehlerspanne, ohne klare Richtung. „Keine klare Veränderung“ heißt: Die Daten lassen keine Aussage zu. Die letzte signifikante Veränderung zwischen zwei Wellen steht daneben.
city-no_findings = Für diese Stadt lässt sich noch keine Veränderung messen: Ein Vergleich erfordert mindestens zwei Wellen derselben Quelle.
city-over_time = Die Stadt im Zeitverlauf
city-over_time_intro = Jeder Indikator des Zusammenhaltsbarometers, Welle für Welle, mit seinem 95-%-Konfidenzintervall. Eine Veränderung gilt als signifikant, wenn ihr q-Wert nach Korrektur für die vielen durchgeführten Vergleiche mit dem { $method } unter { $alpha } liegt; andernfalls weist der Bericht keine signifikante Veränderung aus – auch das ist ein Ergebnis, kein Misserfolg.
city-table_over_time = Barometerindikatoren: aktueller Wert, Veränderungen und Trend
city-table_note_n = Grundlage: { $n ->
        [one] { $n } Antwort
       *[other] { $n } Antworten
    } über alle Wellen.
city-table_note_units = Veränderungen in Prozentpunkten für Anteile (%) und in Punkten für Punktwerte; das Intervall in Klammern ist für die vielen Vergleiche adjustiert (das Intervall zu q).
city-table_note_break = † Vergleich über einen Reihenbruch hinweg.
city-peers = Vergleich mit ähnlichen Städten
city-peers_intro = Jedes Diagramm zeigt die Stadt (Punkt) im Vergleich zu ihren Vergleichsstädten: Der graue Balken ist die mittlere Hälfte der Vergleichsstädte (vom ersten bis zum dritten Quartil), der schwarze Strich ihr Median. Dies ist ein Vergleich, keine Rangliste.
city-peer_list = Vergleichsstädte: { $cities } ({ $n ->
        [one] { $n } Stadt
       *[other] { $n } Städte
    }).
city-peer_table = Lage gegenüber den Vergleichsstädten: { $group }
city-peer_note = Werte der Vergleichsstädte aus deren jeweils letzter Barometerwelle ({ $n ->
        [one] { $n } Stadt
       *[other] { $n } Städte
    }).
city-peer_other_mode = Erhebungsmodus: { $k } der { $n } letzten Wellen der Vergleichsstädte nutzten einen anderen Modus als diese Stadt; ein Moduseffekt kann wie ein Unterschied zwischen Städten aussehen (Welle, Datum und Modus jeder Vergleichsstadt stehen in der Tabelle peer_waves).
city-index = ICC-Index
city-index_intro = Die Bewertung im Intercultural Cities Index (ICC-Index) von { $year } (Indexversion { $version }), Bereich für Bereich, verglichen mit dem Median der jeweils letzten Bewertungen der ähnlichsten Städte (Anzahl: { $n }; { $cities }).
city-index_peer_versions = Die letzten Bewertungen einiger Vergleichsstädte beruhen auf einer anderen Indexversion und sind nicht streng vergleichbar: { $list }.
city-index_table = Bereiche des ICC-Index, { $year }
city-index_history = Bewertungen im ICC-Index
city-index_not_comparable = Version geändert: mit der vorherigen Bewertung nicht streng vergleichbar
city-index_break = Der Fragebogen des Index wurde zwischen { $from_year } (Version { $from }) und { $to_year } (Version { $to }) geändert: Punktwerte davor und danach sind nicht streng vergleichbar.
city-gaps = Unterschiede zwischen Gruppen
city-gaps_intro = Unterschiede zwischen Bevölkerungsgruppen in der Welle { $wave }. Nach Korrektur mit dem { $method } signifikant: { $sig } von { $tested } geprüften Unterschieden.
city-gaps_none = Keiner der Unterschiede zwischen den Gruppen ist signifikant (q < { $alpha }): Bei diesen Stichprobengrößen lassen sich die Gruppen nicht unterscheiden.
city-gaps_table = Signifikante Unterschiede zwischen Gruppen, { $wave }
city-gaps_note = { $n ->
        [one] { $n } Befragte Person
       *[other] { $n } Befragte
    } in dieser Welle.
city-activities = Begegnungsangebote
city-activities_table = Vorher und nachher: Antworten der Teilnehmenden
city-surveys = Stadtbefragungen
city-surveys_intro = Indikatoren aus den eigenen Bevölkerungsbefragungen der Stadt.
city-surveys_table = Indikatoren der Stadtbefragungen
city-single_wave = bisher nur eine Welle
city-how_to_read = Hinweise zum Lesen dieses Berichts
city-notes = Hinweise zu den Daten
city-table_note_flag = ‡ mit Vorsicht zu interpretieren: Der Schätzwert beruht auf weniger als 8 Freiheitsgraden des Stichprobendesigns, oder sein Intervall ist im Verhältnis zum Wert breit.
city-gaps_source = { $source }, letzte Welle: { $wave }
city-peers_too_few = Zu wenige vergleichbare Städte: Ein Vergleich erfordert mindestens { $min } Städte mit einem Wert.

## read
read-ci = Jede Zahl stammt aus einer Stichprobenerhebung. Das 95-%-Konfidenzintervall gibt den Bereich an, in dem der wahre Wert mit hoher Wahrscheinlichkeit liegt; n ist die Zahl der zugrunde liegenden Antworten.
read-q = Eine Veränderung gilt als signifikant, wenn ihr q-Wert unter { $alpha } liegt. q-Werte korrigieren mit dem { $method } für die vielen gleichzeitig durchgeführten Vergleiche, damit zufällige Unterschiede nicht als Ergebnisse berichtet werden.
read-no_change = „Keine klare Veränderung“ ist ein Ergebnis, kein Misserfolg: Eine etwaige Veränderung ist zu klein, als dass die Stichprobe sie erkennen könnte. Nur ein Äquivalenztest kann zeigen, dass ein Indikator gleich geblieben ist („stabil“).
read-peers = Vergleiche mit anderen Städten zeigen die mittlere Hälfte und den Median ähnlicher Städte. Sie sind keine Ranglisten.
read-causation = Diese Zahlen beschreiben, wie sich das gesellschaftliche Klima in der Stadt verändert; für sich genommen zeigen sie nicht, warum. Zusammenhänge mit dem ICC-Index im Städtevergleich sind Korrelationen, keine kausalen Effekte.

## notes
notes-suppressed = Schätzwerte für diese Stadt (nach Welle, Gruppe und Indikator), die auf weniger als { $min_n } Antworten beruhen und daher als „zu wenige Antworten“ ausgewiesen werden: { $k } von { $total }.
notes-suppressed_waves = Schätzwerte für die Gesamtbevölkerung mit weniger als { $min_n } Antworten: { $waves }.
notes-rejects = Bei der Prüfung zurückgewiesene Eingabezeilen aus den Befragungsdateien dieser Stadt (Dateien: { $files }): { $k } von { $n }; mit Datei, Zeile und Grund in der Tabelle rejects aufgeführt.
notes-all_rejected = { $k ->
        [one] Eine Welle hat
       *[other] { $k } Wellen haben
    } keine Schätzungen, weil alle ihre Zeilen zurückgewiesen wurden ({ $waves }); die zurückgewiesenen Zeilen stehen in der Tabelle rejects des Datenspeichers.
notes-unweighted = { $k ->
        [one] Eine Welle ist
       *[other] { $k } Wellen sind
    } ungewichtet ({ $waves }): Jede befragte Person zählt gleich, die Schätzungen beschreiben also die Stichprobe und gelten für die Stadt nur so weit, wie die Stichprobe ihr entspricht.
notes-replicate_weights = { $k ->
        [one] Eine Welle bringt
       *[other] { $k } Wellen bringen
    } eigene Replikationsgewichte mit ({ $types }: { $waves }). Alle Standardfehler, Intervalle und Tests dieser Wellen beruhen auf ihnen, mit ihren Freiheitsgraden (Rang der Replikationsgewichte minus eins); ebenso die Stichprobenintervalle des Kompositindex und die Intervalle der Reliabilität.
notes-no_mode_break = Kein Wechsel des Erhebungsmodus zwischen den Barometerwellen.
notes-mode_break_rule = Veränderungen über diesen Bruch hinweg werden gekennzeichnet; Trendtests beginnen erst danach.
notes-method = Multiples Testen: { $method }; Signifikanzniveau α = { $alpha }; Schätzwerte aus weniger als { $min_n } Antworten werden nicht ausgewiesen.
notes-run = { $project }, Lauf { $run }.

## brief
brief-title = { $city }: Was das Zusammenhaltsbarometer zeigt
brief-subtitle = Letzte Befragung { $latest } mit { $n ->
        [one] { $n } befragten Person
       *[other] { $n } Befragten
    }; { $waves ->
        [one] { $waves } Welle
       *[other] { $waves } Wellen
    } seit { $first }
brief-subtitle_none = Noch keine Barometerwellen
brief-findings = Ergebnisse
brief-no_findings = Es liegen noch nicht genügend Barometerwellen vor, um Ergebnisse zu berichten.
brief-all_rejected = Die Welle { $wave } wird nicht gezeigt: Alle ihre { $n } Zeilen wurden bei der Prüfung der Daten zurückgewiesen.
brief-peers_lead = Im Vergleich mit ähnlichen Städten:
brief-peers = { $group } ({ $cities }): Die Stadt hebt sich bei { $within } von { $total } Indikatoren nicht von der mittleren Hälfte ab{ $more }.
brief-peers_mode = { $k } dieser { $n } Städte haben in einem anderen Erhebungsmodus befragt, und ein Moduseffekt kann wie ein Unterschied zwischen Städten aussehen.
brief-peers_ahead = ; bei { $n } liegt sie klar vor den meisten
brief-peers_behind = ; bei { $n } klar hinter den meisten
brief-mode_break = Hinweis: Mit der Welle { $wave } wurde die Erhebungsmethode umgestellt ({ $from } → { $to }). Ergebnisse davor und danach sind nicht direkt vergleichbar; Trends werden ab dieser Welle gemessen.
brief-what_shows = Was diese Ergebnisse zeigen – und was nicht
brief-shows_sample = Die Zahlen stammen aus Befragungen einer Stichprobe der Einwohnerinnen und Einwohner; jede Zahl hat daher eine Fehlermarge (das angegebene 95-%-Intervall).
brief-shows_q = Eine Veränderung gilt nur dann als signifikant, wenn sie unter Berücksichtigung der vielen durchgeführten Vergleiche kaum durch Zufall zu erklären ist (q < { $alpha }); auch die neben q angegebenen Intervalle sind entsprechend adjustiert.
brief-shows_causation = { $source ->
        [survey] Die Stadtbefragungen zeigen, wie die Einwohnerinnen und Einwohner ihre Stadt sehen, nicht warum: Sie belegen nicht, dass eine Maßnahme eine Veränderung bewirkt hat.
       *[barometer] Das Barometer zeigt, wie sich das gesellschaftliche Klima verändert, nicht warum: Es belegt nicht, dass eine Maßnahme eine Veränderung bewirkt hat.
    }
brief-shows_peers = Vergleiche mit ähnlichen Städten verorten die Stadt gegenüber deren mittlerer Hälfte – sie sind keine Rangliste.
brief-talk_title = Hinweise für die Kommunikation
brief-talk_dip = { $list }: Der jüngste Rückschritt liegt innerhalb der Fehlermarge. Ein Rückschritt innerhalb des Intervalls ist weder ein Misserfolg noch ein Trend.
brief-talk_decline = { $list }: eine echte Verschlechterung. Sie ist ein Anlass zum Handeln – etwa zu prüfen, in welchen Gruppen und Stadtteilen sich etwas verändert hat –, kein Anlass, die Messung einzustellen.
brief-talk_keep = Weiter messen: Nur eine fortgeführte Zeitreihe kann zeigen, ob Maßnahmen wirken.
brief-talk_say = Die Daten mit ihrer Unsicherheit darstellen; „Wir sind gescheitert“ oder „Wir waren erfolgreich“ auf Grundlage einer einzigen Befragung vermeiden.
brief-full_report = Der vollständige Stadtbericht enthält jede Zahl mit ihrem Intervall, den Vergleich mit ähnlichen Städten und die Hinweise zu den Daten.
brief-gaps_lead = Belastbare Unterschiede zwischen Gruppen:
brief-subtitle_survey = Letzte Stadtbefragung { $latest } mit { $n ->
        [one] { $n } befragten Person
       *[other] { $n } Befragten
    }; noch keine Barometerwellen
brief-title_survey = { $city }: Was die Stadtbefragungen zeigen
brief-no_findings_levels = Noch lässt sich keine Veränderung messen: Ein Vergleich erfordert eine zweite Befragungsrunde. Der aktuelle Stand der Stadt:
brief-level_line = { $indicator }: { $latest }

## network
network-title = Zusammenhaltsbarometer: Netzwerkbericht
network-subtitle = { $project } · { $n ->
        [one] { $n } Stadt
       *[other] { $n } Städte
    } · für die Forschung
network-intro = Alle Städte des Netzwerks im Überblick: das Barometer im Zeitverlauf, die Zusammenhänge zwischen ICC-Index und Zusammenhalt, der Kompositindex und die Indikatordiagnostik. Schätzwerte tragen 95-%-Konfidenzintervalle, die Signifikanz beruht auf q-Werten; der Kompositindex trägt zwei getrennte Bereiche: ein 95-%-Stichprobenintervall aus Replikationsgewichten und ein Sensitivitätsband über seine Konstruktionsentscheidungen, das kein Konfidenzintervall ist.
network-cities = Die Städte und ihre Daten
network-cities_table = Verfügbare Daten je Stadt
network-barometer = Das Barometer im Zeitverlauf
network-barometer_intro = Indikatoren des Sets „{ $set }“: zuerst die Richtung der Zeitreihe jeder Stadt, dann der aktuelle Wert jeder Stadt mit seinem Intervall (Städte in alphabetischer Reihenfolge).
network-trend_table = Befund zur Zeitreihe jeder Stadt
network-trend_table_part = { $caption } (Teil { $part } von { $parts })
network-trend_note = Jede Zelle zeigt den Befund des vorab festgelegten Tests (Trend über fünf oder mehr Wellen seit dem letzten Reihenbruch, sonst Vergleich der ersten mit der letzten Welle) nach Korrektur für multiples Testen (q < { $alpha }); „stabil“ nur aufgrund eines Äquivalenztests.
network-associations = ICC-Index und Zusammenhalt
network-associations_intro = Wie hängt der aktuelle ICC-Gesamtindex im Städtevergleich mit den einzelnen Zusammenhaltsindikatoren zusammen (Spearmans ρ mit Fisher-z-Intervall)? Dies sind ökologische Zusammenhänge zwischen Städten – keine kausalen Effekte und keine Aussagen über Einzelpersonen.
network-assoc_table = Zusammenhänge mit dem ICC-Index
network-assoc_note = q-Werte nach dem { $method } innerhalb des Sets (Gesamtindex und Bereiche gemeinsam).
network-assoc_areas = Zusammenhänge mit den Bereichen des ICC-Index (Spearmans ρ)
network-assoc_areas_note = {"*"} q < { $alpha }; { $method } innerhalb des Sets.
network-ecological = Ökologischer Zusammenhang zwischen Städten, kein kausaler Effekt.
network-index_aggregate = Gesamtindex
network-too_few_cities = zu wenige Städte
network-too_few_cities_long = Zu wenige Städte haben sowohl einen ICC-Index als auch einen Wert für diesen Indikator, um einen Zusammenhang zu schätzen.
network-no_values = Noch keine Stadt hat einen Wert für diesen Indikator.
network-composite = Kompositindex
network-composite_intro = Kompositwerte mit zwei getrennten Bereichen. Das 95-%-Stichprobenintervall berechnet jeden Indikator auf denselben Replikationsgewichten jeder Welle neu (von cohesion gezogene Bootstrap-Replikate oder die mit der Erhebung gelieferten Replikationsgewichte) und erhält so die Korrelation zwischen Indikatoren, die bei denselben Befragten gemessen wurden. Das Sensitivitätsband zeigt, wie stark sich Punktwert und Rang bei anderer Wahl von Normierung, Gewichtung und Aggregation bewegen; es ist kein Konfidenzintervall. Rangintervalle sind nur für die Forschung angegeben: Der Rang einer Stadt ist unsicher und sollte nicht als Platzierung zitiert werden.
network-composite_table = Kompositwerte und Rangintervalle: { $set }
network-composite_note = Rang 1 ist der höchste Punktwert; die Stichprobenintervalle der Ränge stammen aus den Replikationsgewichten, die Sensitivitätsbänder aus den Monte-Carlo-Ziehungen der Konstruktionsentscheidungen.
network-rank_interval = { $lo }–{ $hi } ({ $median })
network-diagnostics = Diagnostik der Indikatorensets
network-diagnostics_intro = Median jeder Diagnosegröße über Städte und Wellen, je Indikator.
network-activities = Begegnungsangebote
network-activities_intro = Vorher-nachher-Evaluationen der Begegnungsangebote, über alle Städte zusammengefasst.
network-notes_rejects = Bei der Prüfung zurückgewiesene Eingabezeilen: { $k } von { $n } (siehe Tabelle rejects).
network-surveys = Stadtbefragungen
network-surveys_intro = Indikatoren des Sets „{ $set }“ aus den eigenen Bevölkerungsbefragungen der Städte: zuerst der Befund zu den Befragungsrunden jeder Stadt (Runde für Runde), dann der aktuelle Wert jeder Stadt mit seinem Intervall (Städte in alphabetischer Reihenfolge).

## sets
sets-title = Indikatorensets: Bericht für die Arbeitsgruppe
sets-subtitle = { $project } · { $n ->
        [one] { $n } Indikatorenset
       *[other] { $n } Indikatorensets
    }
sets-intro = Jedes zur Wahl stehende Set mit seinen Indikatoren und dem, was dieser Lauf über sie aussagt: Abdeckung, wie oft sie eine signifikante Veränderung erkannt haben, ihre Präzision und ihr Zusammenhang mit dem ICC-Index.
sets-table = Indikatoren des Sets
sets-table_note = Signifikante Veränderungen: aufeinanderfolgende Wellen, Gesamtbevölkerung, q < α. KI-Breite: Median der Breite des 95-%-Intervalls über alle Wellen aller Städte.
sets-share_sig = { $k } von { $n }
sets-composite = Kompositindex „{ $name }“: { $list }; { $norm }, { $weights }, { $agg }; { $draws } Monte-Carlo-Ziehungen für das Sensitivitätsband; 95-%-Stichprobenintervalle aus Replikationsgewichten.
sets-weights_equal = gleiche Gewichte
sets-weights_explicit = explizite Gewichte
sets-diagnostics = Diagnostik
sets-diag_table = Diagnostik: { $set }
sets-diag_note = Median über Städte und Wellen.
sets-comparison = Vergleich der Sets
sets-comparison_intro = Die beiden zur Wahl stehenden Sets nebeneinander, Indikator für Indikator, mit Befund und den zugrunde liegenden Zahlen.
sets-comparison_table = Vergleich der Sets
sets-comparison_verdicts = Befunde und die zugrunde liegenden Zahlen
sets-no_comparison = Im Datenspeicher liegt kein Vergleich der Sets vor (Tabelle set_comparison). Führen Sie den Befehl compare-sets aus, um einen hinzuzufügen.

## column
column-side = Set
column-set_id = Set-ID
column-indicator_id = Indikator
column-source = Quelle
column-statistic = Statistik
column-alpha_median = α (Median)
column-mdc_median = MDC (Median)
column-typical_change = Typische Veränderung
column-share_significant = Anteil signifikant
column-n_changes = Geprüfte Veränderungen
column-max_abs_corr = Max. |r|
column-most_correlated_with = Am stärksten korreliert mit
column-rho_icc_index = ρ mit dem ICC-Index
column-verdict = Befund
column-reasons = Gründe
column-min_important_change = Kleinste relevante Veränderung
column-detectable_slope_median = Nachweisbarer Trend pro Jahr
column-true_change_sd = SD der wahren Veränderung

## index
index-heading = Berichte auf Deutsch
index-city_report = Stadtbericht
index-brief = Kurzbericht für die Stadtspitze

## verdict
verdict-keep = beibehalten
verdict-weak_reliability = geringe Reliabilität
verdict-insensitive = wenig änderungssensitiv
verdict-redundant = redundant
verdict-no_data = keine Daten
verdict-not_assessed = Nachweisbarkeit nicht beurteilt

## word
word-improved = Verbessert
word-declined = Verschlechtert
word-stable = Stabil
word-fluctuating = Schwankend
word-no_clear_change = Keine klare Veränderung
word-no_comparison = Zu wenige Wellen

## verdict_sentence
verdict_sentence-trend_sig = Über { $n } Wellen von { $first } bis { $last } beträgt der Trend { $estimate } { $unit } (adjustiertes Intervall { $lo } bis { $hi }; { $q }).
verdict_sentence-trend_ns = Über { $n } Wellen von { $first } bis { $last } ist kein klarer Trend erkennbar; mit den Daten vereinbar sind { $lo } bis { $hi } { $unit } (Steigung { $estimate }; { $q }).
verdict_sentence-trend_fluctuating = Über { $n } Wellen von { $first } bis { $last } kein gleichmäßiger Trend, aber das Niveau schwankte zwischen den Wellen stärker als die Fehlerspanne (mittlere Steigung { $estimate } { $unit }, adjustiertes Intervall { $lo } bis { $hi }; { $q }).
verdict_sentence-trend_stable = Über { $n } Wellen von { $first } bis { $last } gleich geblieben: Die Gesamtveränderung im Zeitraum, { $eq_lo } bis { $eq_hi } { $total_unit } (90-%-Intervall), liegt innerhalb des Bereichs von ±{ $margin }, der als stabil gilt.
verdict_sentence-change_sig = Zwischen { $first } und { $last }: { $estimate } { $unit } (adjustiertes Intervall { $lo } bis { $hi }; { $q }).
verdict_sentence-change_ns = Zwischen { $first } und { $last } ist keine klare Veränderung erkennbar; mit den Daten vereinbar sind { $lo } bis { $hi } { $unit } (Veränderung { $estimate }; { $q }).
verdict_sentence-change_stable = Zwischen { $first } und { $last } gleich geblieben: Die Veränderung, { $eq_lo } bis { $eq_hi } { $unit } (90-%-Intervall), liegt innerhalb des Bereichs von ±{ $margin }, der als stabil gilt.
verdict_sentence-none = Noch zu wenige vergleichbare Wellen, um eine Veränderung zu testen.
verdict_sentence-latest_change = Letzte signifikante Veränderung: { $diff } { $unit } zwischen { $from } und { $to } (adjustiertes Intervall { $lo } bis { $hi }; { $q }).

## verdict_short
verdict_short-per_year = { $slope } pro Jahr
verdict_short-stable = { $estimate } (90-%-Intervall { $lo } bis { $hi }, innerhalb von ±{ $margin })
verdict_short-stable_trend = Gesamtveränderung { $lo } bis { $hi } über den Zeitraum (90-%-Intervall), innerhalb von ±{ $margin }
verdict_short-latest_change = { $short }; letzte Veränderung { $diff } ({ $lo } bis { $hi }), { $from } → { $to }
word_cell-latest_change = { $word }; letzte Veränderung { $diff } ({ $from } → { $to })

## reason
reason-alpha = α im Median { $alpha }
reason-significant = { $k } von { $n } Veränderungen signifikant
reason-corr = größtes |r| { $r } (mit { $other })
reason-rho = ρ mit dem ICC-Index { $rho }
reason-no_data = kein Schätzwert im Datenspeicher
reason-mdc_above = minimal nachweisbare Veränderung { $mdc } (80 % Power, unter Berücksichtigung der gleichzeitig getesteten Indikatoren) über der kleinsten relevanten Veränderung ({ $mic }) und über der eigenen tatsächlichen Bewegung zwischen den Wellen: weder das eine noch das andere ist nachweisbar
reason-mdc_above_moves = minimal nachweisbare Veränderung { $mdc } über der kleinsten relevanten Veränderung ({ $mic }), aber der Indikator erfasst seine eigene tatsächliche Bewegung (zwischen Wellen: SD { $sd }; über die Zeit: ein typischer Trend von { $trend } pro Jahr bei nachweisbaren { $dslope })
reason-mdc_within = minimal nachweisbare Veränderung { $mdc } (80 % Power, unter Berücksichtigung der gleichzeitig getesteten Indikatoren), nicht größer als die kleinste relevante Veränderung ({ $mic })
reason-mdc_no_mic = minimal nachweisbare Veränderung { $mdc }; das Set legt keine kleinste relevante Veränderung fest (min_important_change)
reason-no_mdc = keine minimal nachweisbare Veränderung (kein Stichprobenfehler)
reason-detectable_slope = nachweisbarer Trend { $slope } pro Jahr (ab fünf Wellen)
reason-true_change = Standardabweichung der wahren Veränderung zwischen Wellen { $sd }
reason-responsiveness = Reaktionsfähigkeit { $r } (tatsächliche Bewegung im Verhältnis zum Rauschen einer Veränderung; über 1 bewegt er sich stärker als das Stichprobenrauschen)

## finding
finding-survey = { $indicator } (Stadtbefragung)

## gap
gap-sentence = { $indicator }, { $source } { $wave }: { $group } { $value }, { $reference } { $ref_value } – Unterschied { $gap } { $unit } (adjustiertes Intervall { $lo } bis { $hi }; { $q }).

## absent
absent-lead = Einschränkungen dieses Berichts: { $items }.
absent-barometer = keine Barometerwellen für diese Stadt (Barometerwellen mit kind = "barometer" im Ordner der Befragungen hinzufügen)
absent-peers = kein Vergleich mit ähnlichen Städten (dafür sind weitere Städte mit denselben Barometerindikatoren nötig)
absent-index_project = keine Werte des ICC-Index in diesem Projekt (data/index_scores.csv hinzufügen und in cohesion.toml angeben)
absent-index_city = keine Bewertung im ICC-Index für diese Stadt (ihre Werte in die Indexdatei aufnehmen)
absent-gaps = kein Vergleich von Untergruppen (in den Befragungsmanifesten eine [groups]-Spalte wie migrant_background zuordnen)
absent-network_barometer = keine Barometerwellen (Wellen mit kind = "barometer" hinzufügen)
absent-network_surveys = keine Indikatoren aus Stadtbefragungen mit Daten (Befragungswellen und Befragungsindikatoren zum Set hinzufügen)
absent-composite = kein Kompositindex (dem Indikatorenset einen Abschnitt [composite] hinzufügen)

## effects
effects-city_own = Vorher-nachher-Evaluationen der Begegnungsangebote, die { $city } selbst durchgeführt hat: { $types }. Die erste Tabelle beschreibt nur die Veranstaltungen dieser Stadt; die zweite fasst alle Städte zusammen, die dieselben Angebotsarten durchgeführt haben, mit einem Intervall über deren Angebote.
effects-city_pooled = { $city } hat keine eigenen evaluierten Begegnungsangebote. Die Tabelle zeigt die Ergebnisse der Angebote der anderen Städte des Netzwerks, über alle Städte zusammengefasst: { $types }.
effects-col_activities = Angebote
effects-col_change_ci = Veränderung (95-%-KI über die Angebote)
effects-col_up_same_down = Besser / gleich / schlechter (%)
effects-note = Veränderung: Mittelwert von nachher − vorher über die Teilnehmenden, die beide Befragungen beantwortet haben, mit einem 95-%-Intervall, das die Veranstaltung als Einheit nimmt (Teilnehmende einer Sitzung sind nicht unabhängig): ein clusterrobustes t-Intervall über die Angebote. Verbessert / gleich / verschlechtert: Anteile dieser Teilnehmenden. Ein Ergebnis heißt nur dann signifikant, wenn der Test auf derselben Grundlage — die mittlere Veränderung geteilt durch ihren clusterrobusten Standardfehler, t mit der Zahl der Angebote − 1 Freiheitsgraden — ein q unter der Schwelle ergibt ({ $method } unter den Ergebnissen derselben Stadt; die über alle Städte gepoolten Ergebnisse bilden eine eigene Gruppe), sodass das Wort immer zum Intervall passt. Der Wilcoxon-Vorzeichen-Rang- oder McNemar-Test und das Rang-biseriale r (das auch Unveränderte zählt) beschreiben die Teilnehmenden, als wären sie unabhängig, und entscheiden nie. Es gibt keine Kontrollgruppe: Eine Veränderung bei Freiwilligen beweist nicht, dass das Angebot sie bewirkt hat.
effects-single_activity = {"*"} Ein einzelnes Angebot: Es gibt keine Streuung zwischen Angeboten zu schätzen, daher kann kein Intervall angegeben werden.
effects-not_assessed = zu wenige Angebote für ein Urteil
effects-item_scale = { $item } (Skala { $lo }–{ $hi })
effects-few_activities = Weniger als { $min } Angebote: Das Intervall wird gezeigt, aber keine Signifikanz beurteilt (ein Test über so wenige Angebote sagt wenig).
effects-kruskal = { $item }: Veränderung im Vergleich der Angebotsarten ({ $types }) mit dem Kruskal-Wallis-Test auf die mittlere Veränderung je Angebot; Angebote: { $k }; Paare: { $n }; { $q }.
effects-network_by_city = Dieselben Evaluationen Stadt für Stadt: jeweils die eigenen Veranstaltungen jeder Stadt. Bei nur einem Angebot in einer Stadt gibt es kein Intervall.
effects-by_city_table = Vorher und nachher, nach Städten
effects-pooled_table = Dieselben Angebotsarten, alle durchführenden Städte zusammengefasst

## networks
index-network_report = Netzwerkbericht
networks-kind_national = nationales Netzwerk
networks-kind_cluster = Cluster
networks-subtitle = Ein { $kind } mit { $n } Städten in { $project }
networks-members = Mitgliedsstädte: { $cities }.
networks-too_few = Dieses Netzwerk hat { $n } { $n ->
        [one] Mitgliedsstadt
       *[other] Mitgliedsstädte
    } im Projekt: Netzwerkschätzungen brauchen mindestens { $min }, denn aus dem Mittel zweier Städte könnte jede den Wert der anderen ablesen. Der Bericht jedes Mitglieds enthält dessen eigene Zahlen.
networks-intro = Die Urteile des Netzwerks beruhen auf denselben Tests wie die einer Stadt, über die Jahre, in denen seine Mitglieder Barometerwellen haben. „Typische Mitgliedsstadt“ gibt jeder Stadt dasselbe Gewicht; „Einwohner der Mitgliedsstädte“ gewichtet jede Stadt mit ihrer Einwohnerzahl. Ein Mitglied ohne Welle in einem Jahr fehlt in diesem Jahr und wird nie imputiert; die Zahl der Städte hinter jedem Jahr wird angegeben. Städte werden nicht gereiht.
networks-weighting_unweighted = Typische Mitgliedsstadt
networks-weighting_population = Einwohner der Mitgliedsstädte
networks-range = { $lo } bis { $hi }
networks-verdicts_caption = Urteile des Netzwerks und jeder Mitgliedsstadt
networks-verdicts_note = Das Intervall des Netzwerks (eine Steigung pro Jahr für einen Trend, eine Differenz für eine Veränderung) ist an die Zahl der getesteten Indikatoren angepasst.
networks-levels_caption = Neueste Werte des Netzwerks (95-%-Intervall)
networks-levels_note = Mittelwerte der Schätzungen der Mitgliedsstädte im Jahr; das Intervall verbindet die unabhängigen Stichprobenfehler der Städte.
networks-year = Jahr
networks-cities_with_value = Städte mit einem Wert
networks-of_members = { $k } von { $n }
networks-range_trend = { $lo } bis { $hi } pro Jahr
networks-index_heading = ICC-Index nach Bereich
networks-index_caption = Mittel der Mitglieder gegenüber allen Städten des Projekts (jeweils neueste Bewertung)
networks-area = Bereich
networks-members_mean = Mitgliedsstädte (Mittel)
networks-all_mean = Alle Städte (Mittel)
networks-index_note = Kernbereiche; jeweils die neueste Bewertung einer Stadt. Bewertungen mit verschiedenen Index-Versionen sind nicht streng vergleichbar.

## Explorer (reports/explorer/<lang>/index.html): words the page needs before its script runs
explorer-language_name = Deutsch
explorer-group_all = Alle Einwohnerinnen und Einwohner
explorer-noscript = Der Explorer benötigt JavaScript. Dieselben Zahlen stehen in den Berichten der Städte und des Netzwerks.

explorer-title = Explorer zum Zusammenhalt
explorer-language = Sprache
explorer-views = Ansichten
explorer-view_time = Stadt im Zeitverlauf
explorer-view_cities = Städte nebeneinander
explorer-view_gaps = Gruppenunterschiede
explorer-view_index = ICC-Index nach Bereichen
explorer-view_composite = Kompositindex (Forschung)
explorer-no_data = Keine Daten für diese Auswahl.
explorer-download_png = PNG herunterladen
explorer-download_svg = SVG herunterladen
explorer-download_csv = CSV herunterladen

explorer-set = Indikatorenset
explorer-indicator = Indikator
explorer-city = Stadt
explorer-city_highlight = Hervorgehobene Stadt
explorer-kind = Quelle
explorer-group = Gruppe
explorer-compare = Vergleichen mit
explorer-compare_none = (keine zweite Gruppe)
explorer-dim = Verglichene Gruppen
explorer-peer = Vergleichsgruppe
explorer-period = Zeitraum
explorer-period_latest = Letzte Welle jeder Stadt
explorer-sort = Reihenfolge
explorer-sort_name = Nach Name
explorer-sort_peer = Vergleichsgruppe zuerst
explorer-composite = Kompositindex

explorer-title_time = { $indicator }: { $city }, { $group } ({ $source })
explorer-title_cities = { $indicator }: Städte nebeneinander, { $group } ({ $source }; { $wave })
explorer-title_gaps = { $indicator }: Unterschiede nach { $group }, { $city } ({ $source })
explorer-title_index = ICC-Index nach Bereichen: { $city }
explorer-title_index_year = ICC-Index nach Bereichen: { $city }, { $wave }
explorer-title_composite = { $indicator }: { $city }
explorer-summary_time = { $indicator } in { $city }, { $group }: Punkte mit 95-%-Intervallen; Wellen: { $n } ({ $from } bis { $to }). Die Zahlen stehen in der Tabelle darunter.
explorer-summary_cities = { $indicator } ({ $source }, { $group }): eine Zeile je Stadt, Punkte mit 95-%-Intervallen; gezeigte Städte: { $n }. Die Zahlen stehen in der Tabelle darunter.
explorer-summary_gaps = { $indicator } in { $city }: Unterschiede zwischen Gruppen ({ $group }) mit 95-%-Intervallen; Punkte: { $n }. Die Zahlen stehen in der Tabelle darunter.
explorer-summary_index = ICC-Index, { $city }, { $wave }, nach Bereichen, verglichen mit Median und mittlerer Hälfte der Vergleichsstädte; Bereiche: { $n }. Die Zahlen stehen in der Tabelle darunter.
explorer-summary_composite = { $indicator }, { $city }, mit 95-%-Stichprobenintervall und Sensitivitätsband; Wellen: { $n }. Die Zahlen stehen in der Tabelle darunter.

explorer-axis_percent = Anteil der Befragten in %
explorer-axis_score = Punktwert (0–100)
explorer-axis_raw = Mittelwert auf der Antwortskala der Frage
explorer-axis_gap_percent = Unterschied in Prozentpunkten
explorer-axis_gap_score = Unterschied in Punkten (Skala 0–100)
explorer-axis_gap_raw = Unterschied auf der Antwortskala der Frage
explorer-axis_composite = Kompositwert
explorer-legend_estimate = Schätzwert mit 95-%-Intervall
explorer-legend_break = Reihenbruch (Hinweis beim Zeigen oder Fokussieren)
explorer-legend_members = { $group } (Mitglieder)
explorer-legend_median = Median der Vergleichsstädte
explorer-legend_iqr = mittlere Hälfte der Vergleichsstädte
explorer-legend_sig = gefüllt: nach Korrektur für Mehrfachvergleiche signifikant
explorer-legend_notsig = hohl: nicht signifikant
explorer-legend_score = Kompositwert
explorer-legend_sampling = 95-%-Stichprobenintervall
explorer-legend_band = Sensitivitätsband (kein Stichprobenintervall)
explorer-diff_to = { $group }: Unterschied zu { $value }
explorer-other_cities = Übrige Städte
explorer-too_few = zu wenige Antworten
explorer-flag_short = ‡ mit Vorsicht zu interpretieren
explorer-label_value = { $group }: { $value }

explorer-tip_value = { $wave }: { $value }
explorer-tip_interval = 95-%-Intervall: { $lo } bis { $hi }
explorer-tip_adjusted = adjustiertes Intervall: { $lo } bis { $hi }
explorer-tip_n = n = { $n }
explorer-tip_verdict = Befund: { $value }
explorer-tip_sig = nach Korrektur signifikant ({ $q })
explorer-tip_notsig = nach Korrektur nicht signifikant ({ $q })
explorer-not_tested = nicht getestet
explorer-tip_member = in der Vergleichsgruppe
explorer-tip_median = Median der Vergleichsstädte: { $value }
explorer-tip_iqr = mittlere Hälfte der Vergleichsstädte: { $lo } bis { $hi }
explorer-tip_position = Lage: { $value }
explorer-tip_n_peers = Vergleichsstädte mit Daten: { $n }
explorer-tip_sampling = 95-%-Stichprobenintervall: { $lo } bis { $hi }
explorer-tip_band = Sensitivitätsband: { $lo } bis { $hi }

explorer-verdict = Befund
explorer-no_verdict = Kein Befund für diese Auswahl.
explorer-break = Reihenbruch zwischen { $from } und { $to }: { $value }
explorer-break_plain = Reihenbruch zwischen { $from } und { $to }.
explorer-n_range_wave = n = { $lo }–{ $hi } je Welle
explorer-n_one_wave = n = { $n } je Welle
explorer-n_range_city = n = { $lo }–{ $hi } je Stadt
explorer-n_one_city = n = { $n } je Stadt
explorer-missing_cities = Städte ohne Wert für diese Auswahl: { $n }.
explorer-peer_note = Median und mittlere Hälfte der Vergleichsstädte zeigen, wo ähnliche Städte liegen. Sie sind keine Rangliste.
explorer-peer_too_few = Zu wenige vergleichbare Städte haben einen Wert: Median und mittlere Hälfte der Vergleichsstädte lassen sich nicht zeigen.
explorer-peer_group = Vergleichsgruppe: { $group }.
explorer-peer_caption = { $city } und ihre Vergleichsstädte ({ $wave })
explorer-peer_latest_only = Die Vergleichsgruppe wird nur mit der letzten Welle jeder Stadt gezeigt: Unter Zeitraum „{ $value }“ wählen, um sie zu sehen.
explorer-peer_all_only = Vergleichsgruppen gibt es nur für die gesamte Bevölkerung: Unter Gruppe „{ $group }“ wählen, um die Vergleichsgruppe zu sehen.
explorer-gap_note = Gefüllte Punkte: nach Korrektur für Mehrfachvergleiche signifikant (q < { $q }). Korrektur: { $value }. Die adjustierten Intervalle stehen in der Tabelle.
explorer-index_note = Die Punktwerte des ICC-Index stammen aus einer Bewertung, nicht aus einer Stichprobe: Sie haben kein Stichprobenintervall, daher wird keines gezeichnet.
explorer-composite_note = Für die Forschung. Das 95-%-Stichprobenintervall stammt aus den Replikationsgewichten jeder Welle. Das Sensitivitätsband zeigt, wie stark sich der Wert bewegt, wenn der Index anders gebildet wird (Normierung, Gewichtung, Aggregation); es ist kein Stichprobenintervall. Ein Kompositindex zeigt nicht, welche Indikatoren sich bewegt haben.

explorer-col_group = Gruppe
explorer-col_reference = Verglichen mit
explorer-col_wave = Welle
explorer-col_city = Stadt
explorer-col_area = Bereich
explorer-col_n = n
explorer-col_estimate = Schätzwert
explorer-col_lo = 95-%-Intervall, von
explorer-col_hi = 95-%-Intervall, bis
explorer-col_alo = Adjustiertes Intervall, von
explorer-col_ahi = Adjustiertes Intervall, bis
explorer-col_gap = Unterschied
explorer-col_sig = Nach Korrektur signifikant
explorer-col_note = Anmerkung
explorer-col_member = In der Vergleichsgruppe
explorer-col_city_value = Wert der Stadt
explorer-col_score = Punktwert
explorer-col_median = Median der Vergleichsstädte
explorer-col_q1 = Mittlere Hälfte der Vergleichsstädte, von
explorer-col_q3 = Mittlere Hälfte der Vergleichsstädte, bis
explorer-col_n_peers = Vergleichsstädte mit Daten
explorer-col_other_mode = Vergleichsstädte mit anderer Erhebungsart
explorer-col_position = Lage
explorer-col_blo = Sensitivitätsband, von
explorer-col_bhi = Sensitivitätsband, bis
explorer-yes = ja
explorer-no = nein
