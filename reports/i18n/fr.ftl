# Textes français des rapports cohesion, au format Project Fluent (https://projectfluent.org/).
# Mêmes identifiants que en.ftl (un message absent retombe sur l’anglais) ; voir
# docs/TRANSLATIONS.md. Pluriel selon CLDR : « one » pour 0 ≤ n < 2 (« 0,1 point », « 1,5 point »),
# « other » au-delà. Élision : chaque variable texte $x vient avec $x_vowel (yes | no), d’où
# « d’août 2023 » mais « de mars 2023 ». Nombres : virgule décimale, espace fine insécable
# (U+202F) comme séparateur de milliers, espace insécable avant « % » et les deux-points.

## number
number-decimal = ,
number-group =  
number-group_min_digits = 4
number-percent = { $v } %

## date
date-pattern = { $d } { $month } { $y }
wave-pattern = { $month } { $y }

## month
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## month_short
month_short-1 = janv.
month_short-2 = févr.
month_short-3 = mars
month_short-4 = avr.
month_short-5 = mai
month_short-6 = juin
month_short-7 = juil.
month_short-8 = août
month_short-9 = sept.
month_short-10 = oct.
month_short-11 = nov.
month_short-12 = déc.

## common
common-contents = Sommaire
common-source = Source : { $project }, exécution cohesion { $run }
common-footer_method = Les verdicts viennent d’un test fixé à l’avance (la tendance sur cinq vagues ou plus, sinon la première vague contre la dernière) avec les degrés de liberté du plan de sondage ; q-valeurs par { $method } ; significatif signifie q < { $alpha } ; « stable » exige un test d’équivalence. Les estimations reposant sur moins de { $min_n } réponses ne sont pas affichées.
common-footer_run = { $project } · cohesion { $version } · exécution { $run }
common-n_cities = { $n ->
        [one] { $n } ville.
       *[other] { $n } villes.
    }
common-no_diagnostics = La table des diagnostics des ensembles d’indicateurs (diagnostics) est absente du dépôt : la fiabilité, les non-réponses, la détectabilité et la redondance ne sont donc pas présentées ici. Lancez l’étape « workbench » pour l’ajouter.

## method
method-bh = taux de fausses découvertes de Benjamini–Hochberg
method-holm = Holm

## unit
unit-pp = { $n ->
        [one] point de pourcentage
       *[other] points de pourcentage
    }
unit-points = { $n ->
        [one] point
       *[other] points
    }
unit-scale_points = { $n ->
        [one] point d’échelle
       *[other] points d’échelle
    }
unit-per_year = { $unit } par an

## axis
axis-percent = % des répondants
axis-score = score (0–100)
axis-raw = moyenne sur l’échelle de la question
axis-wave = vague du baromètre (terrain)
axis-gap_pp = écart entre les groupes, en points de pourcentage
axis-gap_points = écart entre les groupes, en points (0–100)
axis-gap_raw = écart entre les groupes, sur l’échelle de la question
axis-rho = corrélation de Spearman ρ
axis-score_or_percent = % des répondants ou score (0–100)

## chart
chart-estimate = Estimation
chart-interval = Intervalle de confiance à 95 %
chart-trend = Droite de tendance (pente annuelle)
chart-break = rupture de série
chart-suppressed = n < { $min_n }
chart-peer_median = Médiane des pairs
chart-peer_spread = Pairs, moitié centrale
chart-no_data = pas de données
chart-trend_subtitle = { $city } : { $waves ->
        [one] { $waves } vague
       *[other] { $waves } vagues
    }, { $n ->
        [one] { $n } répondant
       *[other] { $n } répondants
    } au total, { $first_vowel ->
        [yes] d’{ $first }
       *[no] { $first_vowel ->
        [yes] d’{ $first }
       *[no] de { $first }
    }
    } à { $last }
chart-peer_title = { $city } et les villes comparables
chart-peer_subtitle = { $group } : { $n } villes pairs ; dernière vague du baromètre
chart-radar_title = Domaines de l’Index ICC : { $city } et la médiane des pairs
chart-radar_subtitle = Évaluation { $year } (version { $version } de l’Index) ; médiane des dernières évaluations de { $n } villes
chart-gap_title = { $dim } : { $group } − { $reference }
chart-gap_subtitle = { $city }, { $wave } ; n = { $n ->
        [one] { $n } répondant
       *[other] { $n } répondants
    }
chart-gap_caption = Les barres sont les intervalles ajustés pour les comparaisons multiples (ceux indiqués à côté de q) ; les lignes en bleu sont significatives après correction.
chart-no_gap = pas d’écart
chart-network_subtitle = Dernière vague de { $n ->
        [one] { $n } ville
       *[other] { $n } villes
    }, { $resp ->
        [one] { $resp } répondant
       *[other] { $resp } répondants
    }
chart-network_median = médiane des villes
chart-assoc_title = Index ICC et cohésion d’une ville à l’autre
chart-assoc_subtitle = ρ de Spearman avec son intervalle ajusté pour les comparaisons multiples ; { $n } villes
chart-no_association = pas d’association
chart-composite_title = Indice composite : { $set }
chart-composite_subtitle = Score avec son intervalle d’échantillonnage à 95 % (poids de réplication) ; { $n } villes
chart-range = { $lo } à { $hi }
chart-interval_adjusted = intervalle ajusté (comparaisons multiples)
chart-interval_sampling = intervalle d’échantillonnage à 95 % (poids de réplication)

## alt
alt-trend = Graphique linéaire de « { $indicator } » à { $city } { $first_vowel ->
        [yes] d’{ $first }
       *[no] de { $first }
    } à { $last }, avec sa bande de confiance à 95 %. Dernière valeur : { $latest }.
alt-peers = Graphique situant { $city } par rapport à la moitié centrale et à la médiane de ses pairs ({ $group })
alt-radar = Graphique en radar des domaines de l’Index ICC { $city_vowel ->
        [yes] d’{ $city }
       *[no] de { $city }
    } en { $year } (score de la ville / médiane des pairs) :

## phrase
phrase-estimate = { $value } en { $wave } (IC à 95 % : { $lo } à { $hi } ; n = { $n })
phrase-estimate_short = { $value } ({ $lo }–{ $hi })
phrase-suppressed = trop peu de réponses en { $wave }
phrase-too_few = trop peu de réponses pour afficher une estimation
phrase-too_few_short = trop peu de réponses
phrase-change = { $diff } { $unit } (intervalle ajusté { $lo } à { $hi } ; { $q })
phrase-change_short = { $diff } ({ $lo } à { $hi }) ; { $q }
phrase-diff_ci = { $diff } ({ $lo } à { $hi })

## sentence
sentence-latest = Dernière mesure : { $latest }.
sentence-change_sig = Évolution significative { $from_vowel ->
        [yes] d’{ $from }
       *[no] de { $from }
    } à { $to } : { $change }.
sentence-change_ns = Pas d’évolution nette { $from_vowel ->
        [yes] d’{ $from }
       *[no] de { $from }
    } à { $to } : les données sont compatibles avec une évolution de { $lo } à { $hi } { $unit } ({ $q }).
sentence-across_break = Cette comparaison enjambe une rupture de série : elle n’est pas strictement comparable.
sentence-trend_up = Tendance à la hausse sur { $n } vagues, { $first_vowel ->
        [yes] d’{ $first }
       *[no] de { $first }
    } à { $last } : environ { $slope } { $per_year } (test de tendance sur les estimations des vagues et leurs marges d’erreur ; { $q }).
sentence-trend_down = Tendance à la baisse sur { $n } vagues, { $first_vowel ->
        [yes] d’{ $first }
       *[no] de { $first }
    } à { $last } : environ { $slope } { $per_year } (test de tendance sur les estimations des vagues et leurs marges d’erreur ; { $q }).
sentence-trend_none = Pas de tendance nette sur { $n } vagues, { $first_vowel ->
        [yes] d’{ $first }
       *[no] de { $first }
    } à { $last } (pente { $slope } { $per_year } ; { $q }).
sentence-trend_fluctuating = Pas de tendance régulière sur { $n } vagues, { $first_vowel ->
        [yes] d’{ $first }
       *[no] de { $first }
    } à { $last }, mais le niveau a varié d’une vague à l’autre au-delà de la marge d’erreur (pente moyenne { $slope } { $per_year } ; { $q }).
sentence-trend_few = Trop peu de vagues comparables ({ $n }) pour tester une tendance ; il en faut au moins cinq.
sentence-trend_after_break = Le test de tendance n’utilise que les vagues postérieures à la dernière rupture de série.
sentence-dip = Le dernier recul reste dans la marge d’erreur : ce n’est pas la preuve d’une baisse.
sentence-lower_is_better = Pour cet indicateur, une valeur plus basse est meilleure.
sentence-mode_break = Rupture de série avant { $wave } : le mode d’enquête est passé de « { $from } » à « { $to } ».
sentence-change_eq = Stable { $from_vowel ->
        [yes] d’{ $from }
       *[no] de { $from }
    } à { $to } : { $change } ; l’évolution reste dans la marge d’équivalence.
sentence-flagged = Dernier chiffre à interpréter avec prudence : il repose sur peu d’unités d’échantillonnage ou son intervalle est large.

## tone
tone-stable = Pas d’évolution significative
tone-significant = significatif
tone-significant_cap = Significatif

## trend
trend-up = hausse, { $slope } { $per_year }
trend-down = baisse, { $slope } { $per_year }
trend-none = pas de tendance nette
trend-fluctuating = fluctuant, sans direction régulière
trend-few = trop peu de vagues

## position
position-above = au-dessus de la moitié centrale
position-below = en dessous de la moitié centrale
position-within = pas distincte de la moitié centrale
position-unknown = non disponible

## peers
peers-knn = { $k ->
        [one] La ville la plus semblable
       *[other] Les { $k } villes les plus semblables
    }
peers-population = Villes de taille comparable (population { $band })
peers-foreign_born = Villes à part comparable de personnes nées à l’étranger ({ $band })

## mode
mode-online = en ligne
mode-phone = téléphone
mode-face_to_face = face-à-face
mode-paper = papier
mode-mixed = modes mixtes

## dim
dim-migrant_background = Origine migratoire
dim-age_band = Âge
dim-gender = Genre
dim-neighbourhood = Quartier

## group.migrant_background
group-migrant_background-yes = avec origine migratoire
group-migrant_background-no = sans origine migratoire

## group.gender
group-gender-man = hommes
group-gender-woman = femmes
group-gender-other = autre genre

## item
item-trust_people = On peut faire confiance à la plupart des gens
item-trust_neighbours = Confiance envers les voisins
item-trust_institutions = Confiance envers l’administration municipale
item-belonging = Sentiment d’appartenance à la ville
item-get_along = Les personnes d’origines différentes s’entendent bien
item-diversity_advantage = La diversité est un atout
item-contact_diverse = Contacts significatifs entre origines
item-discrimination_experienced = Discrimination subie
item-safety_night = Sentiment de sécurité la nuit
item-civic_participation = Participation civique

## activity
activity-intercultural_dialogue = Dialogue interculturel
activity-sports_mixed_teams = Sport en équipes mixtes
activity-info_session = Séance d’information

## effect
effect-difference_in_proportions = différence de proportions
effect-matched-pairs_rank-biserial_r = r bisérial des rangs

## source
source-survey = enquête municipale
source-barometer = baromètre
source-index = Index ICC

## statistic
statistic-share_agree = part d’accord (%)
statistic-mean = moyenne sur l’échelle de la question
statistic-mean_pomp = score moyen (0–100)
statistic-scale_pomp = score d’échelle (0–100)
statistic-index_area = score d’un domaine de l’Index
statistic-index_aggregate = Index agrégé

## polarity
polarity-higher_is_better = plus haut = mieux
polarity-lower_is_better = plus bas = mieux

## norm
norm-pomp = pourcentage du maximum possible
norm-minmax = min–max
norm-zscore = scores z

## agg
agg-arithmetic = moyenne arithmétique
agg-geometric = moyenne géométrique

## metric
metric-alpha = α de Cronbach
metric-missing = non-réponse (%)
metric-unit_missing = question non posée (part)
metric-floor = effet plancher (%)
metric-ceiling = effet plafond (%)
metric-mdc = évolution minimale détectable
metric-mdc_median = évolution minimale détectable (médiane)
metric-share_significant = évolutions significatives (%)
metric-typical_change = évolution typique
metric-spearman_icc_index = ρ avec l’Index ICC
metric-item_missing = item manquant (part)
metric-item_rest = corrélation item–reste
metric-corr_with = corrélation (Pearson)
metric-spearman_with = corrélation (Spearman)
metric-spearman_icc_index_p = p de ρ avec l’indice ICC
metric-detectable_slope = tendance détectable par an
metric-detectable_slope_median = tendance détectable par an (médiane)
metric-true_change_sd = écart-type de l’évolution réelle

## col
col-indicator = Indicateur
col-latest = Dernière valeur (IC à 95 %)
col-n = n
col-last_change = Évolution depuis la vague précédente
col-trend = Tendance
col-city_value = Ville
col-peer_median = Médiane des pairs
col-peer_iqr = Moitié centrale des pairs
col-position = Position
col-area = Domaine
col-city_score = Score de la ville
col-n_peers = Pairs avec données
col-year = Année
col-version = Version de l’Index
col-index = Index ICC
col-note = Remarque
col-groups = Groupes comparés
col-values = Valeurs
col-gap = Écart (intervalle ajusté)
col-q = q
col-activity = Activité
col-item = Question
col-pairs = Paires
col-before = Avant
col-after = Après
col-effect_size = Taille d’effet
col-city = Ville
col-waves = Vagues du baromètre
col-period = Période
col-respondents = Répondants
col-surveys = Enquêtes municipales
col-index_latest = Dernier Index ICC (version)
col-index_measure = Mesure de l’Index ICC
col-n_cities = Villes
col-rho = ρ (intervalle ajusté pour les comparaisons multiples)
col-wave = Vague
col-score = Score (intervalle d’échantillonnage à 95 %)
col-score_band = Bande de sensibilité du score (95 %)
col-rank_interval = Rang : intervalle d’échantillonnage (médiane)
col-rank_band = Rang : bande de sensibilité
col-n_ranked = Villes classées
col-source = Source · statistique
col-items = Questions ou domaines
col-polarity = Sens
col-sig_changes = Évolutions significatives
col-ci_width = Largeur typique de l’IC à 95 %
col-rho_index = ρ avec l’Index ICC (IC à 95 %)
col-verdict = Verdict
col-set = Ensemble
col-reasons = Pourquoi

## city
city-title = { $city } : rapport sur la cohésion
city-subtitle = { $project } · { $set } · dernière vague du baromètre : { $latest }
city-glance = En bref
city-glance_intro = Le verdict sur chaque indicateur, selon le test choisi à l’avance (la tendance sur cinq vagues ou plus, sinon la première vague contre la dernière), après correction pour les comparaisons multiples (q < { $alpha }). « Stable » signifie que l’évolution reste démontrablement dans une marge étroite ; « fluctuant » signifie que le niveau a varié d’une vague à l’autre au-delà de la marge d’erreur sans direction régulière ; « pas d’évolution nette » signifie que les données ne permettent pas de conclure. La dernière évolution significative entre deux vagues est indiquée à côté.
city-no_findings = Cette ville n’a pas encore assez de vagues du baromètre pour en tirer des constats.
city-over_time = La ville au fil du temps
city-over_time_intro = Chaque indicateur du baromètre de la cohésion, vague après vague, avec son intervalle de confiance à 95 %. Une évolution est dite significative quand sa valeur q est inférieure à { $alpha } après correction pour les nombreuses comparaisons effectuées ({ $method }) ; sinon, le rapport indique qu’il n’y a pas d’évolution significative — c’est un résultat, pas un échec.
city-table_over_time = Indicateurs du baromètre : dernière valeur, évolutions et tendance
city-table_note_n = D’après { $n ->
        [one] { $n } réponse
       *[other] { $n } réponses
    } sur l’ensemble des vagues.
city-table_note_units = Les évolutions sont en points de pourcentage pour les parts (%) et en points pour les scores ; l’intervalle entre parenthèses est ajusté pour les comparaisons multiples (celui qui va avec q).
city-table_note_break = † enjambe une rupture de série.
city-peers = Comparaison avec des villes semblables
city-peers_intro = Chaque graphique situe la ville (point) par rapport à ses villes pairs : la barre grise est la moitié centrale des pairs (du premier au troisième quartile), le trait noir leur médiane. C’est une comparaison, pas un classement.
city-peer_list = Villes pairs : { $cities } ({ $n ->
        [one] { $n } ville
       *[other] { $n } villes
    }).
city-peer_table = Position par rapport aux pairs : { $group }
city-peer_note = Les valeurs des pairs sont celles de leur dernière vague du baromètre ({ $n ->
        [one] { $n } ville
       *[other] { $n } villes
    }).
city-peer_other_mode = Mode de collecte : { $k } des { $n } dernières vagues des pairs ont utilisé un autre mode que celui de cette ville, et un effet de mode peut ressembler à une différence entre villes (la vague, la date et le mode de chaque pair figurent dans la table peer_waves).
city-index = Index ICC
city-index_intro = L’évaluation { $year } de l’Index des cités interculturelles (version { $version }), domaine par domaine, comparée à la médiane des dernières évaluations de ses { $n } villes les plus semblables ({ $cities }).
city-index_peer_versions = Certaines dernières évaluations des pairs utilisent une autre version de l’Index et ne sont pas strictement comparables : { $list }.
city-index_table = Domaines de l’Index ICC, { $year }
city-index_history = Évaluations de l’Index ICC
city-index_not_comparable = version modifiée : pas strictement comparable à l’évaluation précédente
city-index_break = Le questionnaire de l’Index a changé entre { $from_year } (version { $from }) et { $to_year } (version { $to }) : les scores d’avant et d’après ne sont pas strictement comparables.
city-gaps = Écarts entre groupes
city-gaps_intro = Écarts entre groupes d’habitants en { $wave }. { $sig } des { $tested } écarts testés sont significatifs après correction ({ $method }).
city-gaps_none = Aucun écart entre groupes n’est significatif (q < { $alpha }) : avec ces tailles d’échantillon, les groupes ne se distinguent pas.
city-gaps_table = Écarts significatifs entre groupes, { $wave }
city-gaps_note = { $n ->
        [one] { $n } répondant
       *[other] { $n } répondants
    } dans la vague.
city-activities = Activités de contact
city-activities_table = Avant et après : réponses des participants
city-surveys = Enquêtes municipales
city-surveys_intro = Indicateurs issus des enquêtes de population propres à la ville.
city-surveys_table = Indicateurs des enquêtes municipales
city-single_wave = une seule vague pour l’instant
city-how_to_read = Comment lire ce rapport
city-notes = Notes sur les données
city-table_note_flag = ‡ à interpréter avec prudence : l’estimation repose sur moins de 8 degrés de liberté du plan de sondage ou son intervalle est large pour sa taille.
city-gaps_source = Dernière { $source } : { $wave }
city-peers_too_few = Trop peu de villes comparables : une comparaison en demande au moins { $min } avec une valeur.

## read
read-ci = Chaque chiffre provient d’une enquête par sondage. L’intervalle de confiance à 95 % donne la plage où se situe très probablement la vraie valeur ; n est le nombre de réponses sur lequel il repose.
read-q = Une évolution est dite significative quand sa valeur q est inférieure à { $alpha }. Les valeurs q corrigent pour les nombreuses comparaisons faites en même temps ({ $method }), afin que des écarts dus au hasard ne soient pas présentés comme des constats.
read-no_change = « Pas d’évolution nette » est un constat, pas un échec : une évolution éventuelle était trop petite pour que l’échantillon la détecte. Seul un test d’équivalence peut montrer qu’un indicateur est resté « stable ».
read-peers = Les comparaisons avec d’autres villes montrent la moitié centrale et la médiane de villes semblables. Ce ne sont pas des classements.
read-causation = Ces chiffres décrivent l’évolution du climat dans la ville ; ils n’en montrent pas à eux seuls la cause. Les liens avec l’Index ICC d’une ville à l’autre sont des associations, pas des effets causaux.

## notes
notes-suppressed = { $k } des { $total } estimations de cette ville (par vague, groupe et indicateur) reposent sur moins de { $min_n } réponses et sont signalées « trop peu de réponses ».
notes-suppressed_waves = Estimations pour l’ensemble de la population reposant sur moins de { $min_n } réponses : { $waves }.
notes-rejects = { $k } des { $n } lignes des { $files } fichiers d’enquête de cette ville ont été rejetées lors de la validation (listées avec fichier, ligne et motif dans la table rejects).
notes-all_rejected = { $k ->
        [one] Une vague n’a
       *[other] { $k } vagues n’ont
    } aucune estimation, car toutes leurs lignes ont été rejetées ({ $waves }) ; les lignes rejetées figurent dans la table rejects du stock.
notes-unweighted = { $k ->
        [one] Une vague n’est pas pondérée
       *[other] { $k } vagues ne sont pas pondérées
    } ({ $waves }) : chaque répondant compte autant, de sorte que les estimations décrivent l’échantillon et ne valent pour la ville que dans la mesure où l’échantillon lui ressemble.
notes-replicate_weights = { $k ->
        [one] Une vague apporte ses propres
       *[other] { $k } vagues apportent leurs propres
    } poids de réplication ({ $types } : { $waves }). Toutes les erreurs types, tous les intervalles et tous les tests de ces vagues en proviennent, avec leurs degrés de liberté (le rang des poids de réplication moins un) ; de même les intervalles d’échantillonnage du composite et ceux de la fiabilité.
notes-no_mode_break = Pas de changement de mode d’enquête entre les vagues du baromètre.
notes-mode_break_rule = Les évolutions qui l’enjambent sont signalées et les tests de tendance commencent après elle.
notes-method = Comparaisons multiples : { $method } ; seuil de signification α = { $alpha } ; les estimations reposant sur moins de { $min_n } réponses sont masquées.
notes-run = Exécution { $run } { $project_vowel ->
        [yes] d’{ $project }
       *[no] de { $project }
    }.

## brief
brief-title = { $city } : ce que montre le baromètre de la cohésion
brief-subtitle = Dernière enquête : { $latest } ({ $n ->
        [one] { $n } habitant
       *[other] { $n } habitants
    }) ; { $waves ->
        [one] { $waves } vague
       *[other] { $waves } vagues
    } depuis { $first }
brief-subtitle_none = Pas encore de vague du baromètre
brief-findings = Ce que nous avons constaté
brief-no_findings = Il n’y a pas encore assez de vagues du baromètre pour en tirer des constats.
brief-all_rejected = La vague { $wave } n’est pas montrée : ses { $n } lignes ont toutes été rejetées lors de la vérification des données.
brief-peers_lead = Par rapport à des villes semblables :
brief-peers = { $group } ({ $cities }) : la ville ne se distingue pas de la moitié centrale d’entre elles pour { $within } indicateurs sur { $total }{ $more }.
brief-peers_mode = { $k } de ces { $n } villes ont enquêté selon un autre mode, et un effet de mode peut ressembler à une différence entre villes.
brief-peers_ahead = ; elle est nettement devant la plupart d’entre elles pour { $n }
brief-peers_behind = ; elle est nettement derrière la plupart d’entre elles pour { $n }
brief-mode_break = À noter : la méthode d’enquête a changé en { $wave } ({ $from } → { $to }) ; les résultats d’avant et d’après ne sont pas directement comparables et les tendances sont mesurées depuis.
brief-what_shows = Ce que ces résultats montrent — et ce qu’ils ne montrent pas
brief-shows_sample = Les chiffres proviennent d’enquêtes auprès d’un échantillon d’habitants : chacun a une marge d’erreur (l’intervalle à 95 % indiqué).
brief-shows_q = Nous ne qualifions une évolution de significative que si elle a peu de chances d’être due au hasard compte tenu des nombreuses comparaisons effectuées (q < { $alpha }) ; les intervalles indiqués à côté de q en tiennent compte aussi.
brief-shows_causation = { $source ->
        [survey] Les enquêtes municipales montrent comment les habitants voient la ville, pas pourquoi : elles ne prouvent pas qu’une politique a causé une évolution.
       *[barometer] Le baromètre montre comment le climat évolue, pas pourquoi : il ne prouve pas qu’une politique a causé une évolution.
    }
brief-shows_peers = Les comparaisons avec des villes semblables situent la ville par rapport à leur moitié centrale — ce n’est pas un classement.
brief-talk_title = Comment parler de ce résultat
brief-talk_dip = { $list } : le dernier recul reste dans la marge d’erreur. Un recul à l’intérieur de l’intervalle n’est ni un échec ni une tendance.
brief-talk_decline = { $list } : une baisse réelle. C’est une raison d’agir — regarder quels groupes et quartiers ont changé — et non d’arrêter de mesurer.
brief-talk_keep = Continuer à mesurer : seule une série suivie peut montrer si l’action porte ses fruits.
brief-talk_say = Dire ce que montrent les données avec leur incertitude ; éviter « nous avons échoué » ou « nous avons réussi » sur la base d’une seule enquête.
brief-full_report = Le rapport complet de la ville donne chaque chiffre avec son intervalle, la comparaison avec les pairs et les notes sur les données.
brief-gaps_lead = Écarts entre groupes qui tiennent :
brief-subtitle_survey = Dernière enquête municipale { $latest } ({ $n ->
        [one] { $n } habitant
       *[other] { $n } habitants
    }) ; pas encore de vague du baromètre
brief-title_survey = { $city } : ce que montrent les enquêtes municipales
brief-no_findings_levels = Aucune évolution ne peut encore être mesurée : une comparaison demande une deuxième vague. Où en est la ville aujourd’hui :
brief-level_line = { $indicator } : { $latest }

## network
network-title = Baromètre de la cohésion : rapport du réseau
network-subtitle = { $project } · { $n ->
        [one] { $n } ville
       *[other] { $n } villes
    } · pour les chercheurs
network-intro = Toutes les villes du réseau côte à côte : le baromètre au fil du temps, les liens entre l’Index ICC et la cohésion, l’indice composite et les diagnostics des indicateurs. Les estimations portent des intervalles de confiance à 95 % et la signification repose sur les valeurs q ; l’indice composite porte deux plages distinctes : un intervalle d’échantillonnage à 95 % issu de poids de réplication, et une bande de sensibilité sur ses choix de construction, qui n’est pas un intervalle de confiance.
network-cities = Les villes et leurs données
network-cities_table = Données disponibles par ville
network-barometer = Le baromètre au fil du temps
network-barometer_intro = Indicateurs de l’ensemble « { $set } » : d’abord le sens de la série de chaque ville, puis la dernière valeur de chaque ville avec son intervalle (villes par ordre alphabétique).
network-trend_table = Verdict sur la série de chaque ville
network-trend_table_part = { $caption } ({ $part }/{ $parts })
network-trend_note = Chaque case est le verdict du test fixé à l’avance (la tendance sur cinq vagues ou plus depuis la dernière rupture, sinon la première vague contre la dernière), après correction pour les comparaisons multiples (q < { $alpha }) ; « stable » uniquement par un test d’équivalence.
network-associations = Index ICC et cohésion
network-associations_intro = D’une ville à l’autre, comment le dernier Index ICC agrégé va de pair avec chaque indicateur de cohésion (ρ de Spearman avec intervalle de Fisher-z). Ce sont des associations écologiques entre villes — ni des effets causaux, ni des constats sur des individus.
network-assoc_table = Associations avec l’Index ICC
network-assoc_note = Valeurs q par { $method } au sein de l’ensemble (Index agrégé et domaines ensemble).
network-assoc_areas = Associations avec les domaines de l’Index ICC (ρ de Spearman)
network-assoc_areas_note = {"*"} q < { $alpha } ({ $method } au sein de l’ensemble).
network-ecological = Association écologique entre villes, pas un effet causal.
network-index_aggregate = Index agrégé
network-too_few_cities = trop peu de villes
network-too_few_cities_long = Trop peu de villes disposent à la fois d’un Index ICC et de cet indicateur pour estimer une association.
network-no_values = Aucune ville n’a encore de valeur pour cet indicateur.
network-composite = Indice composite
network-composite_intro = Scores composites avec deux plages distinctes. L’intervalle d’échantillonnage à 95 % recalcule chaque indicateur sur les mêmes poids de réplication de chaque vague (réplications bootstrap faites par cohesion, ou poids de réplication fournis avec l’enquête) et conserve ainsi la corrélation entre indicateurs mesurés auprès des mêmes répondants. La bande de sensibilité montre de combien le score et le rang varient quand la normalisation, la pondération et l’agrégation sont choisies autrement ; ce n’est pas un intervalle de confiance. Les intervalles de rang sont destinés aux seuls chercheurs : le rang d’une ville est incertain et ne doit pas être cité comme une place.
network-composite_table = Scores composites et intervalles de rang : { $set }
network-composite_note = Le rang 1 correspond au score le plus élevé ; les intervalles d’échantillonnage des rangs proviennent des poids de réplication, les bandes de sensibilité des tirages Monte-Carlo des choix de construction.
network-rank_interval = { $lo }–{ $hi } ({ $median })
network-diagnostics = Diagnostics des ensembles d’indicateurs
network-diagnostics_intro = Médianes sur les villes et les vagues de chaque diagnostic, par indicateur.
network-activities = Activités de contact
network-activities_intro = Évaluations avant/après des activités de contact, toutes villes confondues.
network-notes_rejects = { $k } des { $n } lignes en entrée ont été rejetées lors de la validation (voir la table rejects).
network-surveys = Enquêtes municipales
network-surveys_intro = Indicateurs de l’ensemble « { $set } » issus des enquêtes de population des villes : d’abord le verdict sur les vagues de chaque ville, puis la dernière valeur de chaque ville avec son intervalle (villes par ordre alphabétique).

## sets
sets-title = Ensembles d’indicateurs : rapport pour le groupe de travail
sets-subtitle = { $project } · { $n ->
        [one] { $n } ensemble d’indicateurs
       *[other] { $n } ensembles d’indicateurs
    }
sets-intro = Chaque ensemble candidat avec ses indicateurs et ce que cette exécution en dit : couverture, fréquence des évolutions significatives détectées, précision et association avec l’Index ICC.
sets-table = Indicateurs de l’ensemble
sets-table_note = Évolutions significatives : vagues consécutives, ensemble de la population, q < α. Largeur de l’IC : largeur médiane de l’intervalle à 95 % sur toutes les vagues de toutes les villes.
sets-share_sig = { $k } sur { $n }
sets-composite = Composite « { $name } » : { $list } ; { $norm }, { $weights }, { $agg } ; { $draws } tirages Monte-Carlo pour la bande de sensibilité ; intervalles d’échantillonnage à 95 % issus de poids de réplication.
sets-weights_equal = poids égaux
sets-weights_explicit = poids explicites
sets-diagnostics = Diagnostics
sets-diag_table = Diagnostics : { $set }
sets-diag_note = Médiane sur les villes et les vagues.
sets-comparison = Comparaison des ensembles
sets-comparison_intro = Les deux ensembles candidats côte à côte, indicateur par indicateur, avec un verdict et les chiffres qui le fondent.
sets-comparison_table = Comparaison des ensembles
sets-comparison_verdicts = Verdicts et chiffres qui les fondent
sets-no_comparison = Aucune comparaison d’ensembles n’est présente dans le dépôt (table set_comparison). Lancez la commande compare-sets pour en ajouter une.

## column
column-side = Ensemble
column-set_id = Identifiant de l’ensemble
column-indicator_id = Indicateur
column-source = Source
column-statistic = Statistique
column-alpha_median = α médian
column-mdc_median = EMD médiane
column-typical_change = Évolution typique
column-share_significant = Part significative
column-n_changes = Évolutions testées
column-max_abs_corr = |r| max.
column-most_correlated_with = Le plus corrélé avec
column-rho_icc_index = ρ avec l’Index ICC
column-verdict = Verdict
column-reasons = Motifs
column-min_important_change = Évolution minimale importante
column-detectable_slope_median = Tendance détectable par an
column-true_change_sd = Écart-type de l’évolution réelle

## index
index-heading = Rapports en français
index-city_report = rapport de la ville
index-brief = note au maire

## verdict
verdict-keep = à garder
verdict-weak_reliability = fiabilité faible
verdict-insensitive = peu sensible
verdict-redundant = redondant
verdict-no_data = aucune donnée
verdict-not_assessed = détectabilité non évaluée

## word
word-improved = Amélioration
word-declined = Recul
word-stable = Stable
word-fluctuating = Fluctuant
word-no_clear_change = Pas d’évolution nette
word-no_comparison = Trop peu de vagues

## verdict_sentence
verdict_sentence-trend_sig = Sur { $n } vagues, { $first_vowel ->
        [yes] d’{ $first }
       *[no] de { $first }
    } à { $last }, la tendance est de { $estimate } { $unit } (intervalle ajusté { $lo } à { $hi } ; { $q }).
verdict_sentence-trend_ns = Pas de tendance nette sur { $n } vagues, { $first_vowel ->
        [yes] d’{ $first }
       *[no] de { $first }
    } à { $last } : compatible avec une pente de { $lo } à { $hi } { $unit } (pente { $estimate } ; { $q }).
verdict_sentence-trend_fluctuating = Pas de tendance régulière sur { $n } vagues, { $first_vowel ->
        [yes] d’{ $first }
       *[no] de { $first }
    } à { $last }, mais le niveau a varié d’une vague à l’autre au-delà de la marge d’erreur (pente moyenne { $estimate } { $unit }, intervalle ajusté { $lo } à { $hi } ; { $q }).
verdict_sentence-trend_stable = Stable sur { $n } vagues, { $first_vowel ->
        [yes] d’{ $first }
       *[no] de { $first }
    } à { $last } : l’évolution totale sur la période, de { $eq_lo } à { $eq_hi } { $total_unit } (intervalle à 90 %), reste dans la marge de ±{ $margin } qui vaut stabilité.
verdict_sentence-change_sig = De { $first } à { $last } : { $estimate } { $unit } (intervalle ajusté { $lo } à { $hi } ; { $q }).
verdict_sentence-change_ns = Pas d’évolution nette { $first_vowel ->
        [yes] d’{ $first }
       *[no] de { $first }
    } à { $last } : compatible avec une évolution de { $lo } à { $hi } { $unit } (évolution { $estimate } ; { $q }).
verdict_sentence-change_stable = Stable { $first_vowel ->
        [yes] d’{ $first }
       *[no] de { $first }
    } à { $last } : l’évolution, de { $eq_lo } à { $eq_hi } { $unit } (intervalle à 90 %), reste dans la marge de ±{ $margin } qui vaut stabilité.
verdict_sentence-none = Trop peu de vagues comparables pour tester une évolution.
verdict_sentence-latest_change = Dernière évolution significative : { $diff } { $unit } { $from_vowel ->
        [yes] d’{ $from }
       *[no] de { $from }
    } à { $to } (intervalle ajusté { $lo } à { $hi } ; { $q }).

## verdict_short
verdict_short-per_year = { $slope } par an
verdict_short-stable = { $estimate } (intervalle à 90 % : { $lo } à { $hi }, dans ±{ $margin })
verdict_short-stable_trend = évolution totale de { $lo } à { $hi } sur la période (intervalle à 90 %), dans ±{ $margin }
verdict_short-latest_change = { $short } ; dernière évolution { $diff } ({ $lo } à { $hi }), { $from } → { $to }
word_cell-latest_change = { $word } ; dernière évolution { $diff } ({ $from } → { $to })

## reason
reason-alpha = α médian { $alpha }
reason-significant = { $k } évolutions significatives sur { $n }
reason-corr = |r| maximal { $r } (avec { $other })
reason-rho = ρ avec l’Index ICC { $rho }
reason-no_data = aucune estimation dans le dépôt
reason-mdc_above = variation minimale détectable { $mdc } (puissance de 80 %, compte tenu des autres indicateurs testés en même temps) supérieure à la plus petite variation qui compte ({ $mic }) et à son propre mouvement réel entre vagues : il ne détecte ni l’une ni l’autre
reason-mdc_above_moves = variation minimale détectable { $mdc } supérieure à la plus petite variation qui compte ({ $mic }), mais il capte bien son propre mouvement réel (entre vagues : écart-type { $sd } ; dans le temps : une tendance typique de { $trend } par an pour une tendance détectable de { $dslope })
reason-mdc_within = variation minimale détectable { $mdc } (puissance de 80 %, compte tenu des autres indicateurs testés en même temps), pas plus grande que la plus petite variation qui compte ({ $mic })
reason-mdc_no_mic = évolution minimale détectable { $mdc } ; l’ensemble ne déclare pas de plus petite évolution qui compte (min_important_change)
reason-no_mdc = pas d’évolution minimale détectable (pas d’erreur d’échantillonnage)
reason-detectable_slope = tendance détectable { $slope } par an (cinq vagues ou plus)
reason-true_change = écart-type de l’évolution réelle entre vagues { $sd }
reason-responsiveness = réactivité { $r } (mouvement réel rapporté au bruit d’une évolution ; au-dessus de 1, il bouge plus que le bruit d’échantillonnage)

## finding
finding-survey = { $indicator } (enquête municipale)

## gap
gap-sentence = { $indicator }, { $source } { $wave } : { $group } { $value }, { $reference } { $ref_value } — un écart de { $gap } { $unit } (intervalle ajusté { $lo } à { $hi } ; { $q }).

## absent
absent-lead = Limites de ce rapport : { $items }.
absent-barometer = aucune vague du baromètre pour cette ville (ajoutez des vagues avec kind = "barometer" dans le dossier des enquêtes)
absent-peers = aucune comparaison avec des villes semblables (il faut d’autres villes ayant les mêmes indicateurs du baromètre)
absent-index_project = aucun score de l’Index ICC dans ce projet (ajoutez data/index_scores.csv et déclarez-le dans cohesion.toml)
absent-index_city = aucune évaluation de l’Index ICC pour cette ville (ajoutez ses scores au fichier de l’Index)
absent-gaps = aucune comparaison entre groupes (associez une colonne [groups] telle que migrant_background dans les manifestes d’enquête)
absent-network_barometer = aucune vague du baromètre (ajoutez des vagues avec kind = "barometer")
absent-network_surveys = aucun indicateur d’enquête municipale avec des données (ajoutez des vagues d’enquête et des indicateurs d’enquête à l’ensemble)
absent-composite = aucun indice composite (ajoutez une section [composite] à l’ensemble d’indicateurs)

## effects
effects-city_own = Évaluations avant/après des activités menées par { $city } elle-même : { $types }. Le premier tableau ne décrit que les sessions de cette ville ; le second regroupe toutes les villes ayant mené les mêmes types d’activité, avec un intervalle sur leurs activités.
effects-city_pooled = { $city } n’a pas d’activité évaluée qui lui soit propre. Le tableau montre ce qu’ont trouvé les activités des autres villes du réseau, toutes villes confondues : { $types }.
effects-col_activities = Activités
effects-col_change_ci = Évolution (IC à 95 % sur les activités)
effects-col_up_same_down = En hausse / inchangé / en baisse (%)
effects-note = Évolution : moyenne de après − avant sur les participants ayant répondu aux deux questionnaires, avec un intervalle à 95 % qui prend l’activité pour unité (les participants d’une même séance ne sont pas indépendants) : un intervalle t robuste aux grappes sur les activités. Amélioré / stable / dégradé : parts de ces participants. Un résultat n’est dit significatif que lorsque le test de même nature — l’évolution moyenne rapportée à son erreur type robuste aux grappes, t sur le nombre d’activités − 1 — donne un q sous le seuil ({ $method } parmi les résultats d’une même ville ; les résultats regroupés sur toutes les villes forment un groupe à part), de sorte que le mot concorde toujours avec l’intervalle. Le test des rangs signés de Wilcoxon ou de McNemar et le r rang-bisérial (qui compte ceux qui n’ont pas changé) décrivent les participants comme s’ils étaient indépendants et ne décident jamais. Il n’y a pas de groupe témoin : une évolution chez des volontaires ne prouve pas que l’activité en est la cause.
effects-single_activity = {"*"} Une seule activité : aucune variation entre activités à estimer, aucun intervalle ne peut donc être donné.
effects-not_assessed = trop peu d’activités pour juger
effects-item_scale = { $item } (échelle { $lo }–{ $hi })
effects-few_activities = Moins de { $min } activités : l’intervalle est donné, mais aucune significativité n’est jugée (un test sur si peu d’activités dit peu).
effects-kruskal = { $item } : évolution comparée entre types d’activité ({ $types }) par un test de Kruskal–Wallis sur l’évolution moyenne de chaque activité, { $k } activités ({ $n } paires), { $q }.
effects-network_by_city = Les mêmes évaluations ville par ville : les sessions propres à chaque ville. Avec une seule activité dans une ville, il n’y a pas d’intervalle.
effects-by_city_table = Avant et après, par ville
effects-pooled_table = Les mêmes types d’activité, toutes les villes qui les ont menés confondues

## networks
index-network_report = rapport du réseau
networks-kind_national = réseau national
networks-kind_cluster = groupe
networks-subtitle = Un { $kind } de { $n } villes dans { $project }
networks-members = Villes membres : { $cities }.
networks-too_few = Ce réseau compte { $n } { $n ->
        [one] ville membre
       *[other] villes membres
    } dans le projet : les estimations de réseau en demandent au moins { $min }, car une moyenne de deux villes permettrait à chacune d’en déduire la valeur de l’autre. Le rapport de chaque membre donne ses propres chiffres.
networks-intro = Les verdicts du réseau reposent sur les mêmes tests que ceux d’une ville, sur les années où ses membres ont des vagues du baromètre. « Ville membre typique » donne le même poids à chaque ville ; « habitants des villes membres » pondère chaque ville par sa population. Un membre sans vague une année en est exclu, jamais imputé ; le nombre de villes derrière chaque année est indiqué. Les villes ne sont pas classées.
networks-weighting_unweighted = Ville membre typique
networks-weighting_population = Habitants des villes membres
networks-range = { $lo } à { $hi }
networks-verdicts_caption = Verdicts du réseau et de chaque ville membre
networks-verdicts_note = L’intervalle du réseau (une pente par an pour une tendance, une différence pour une évolution) est ajusté au nombre d’indicateurs testés.
networks-levels_caption = Derniers niveaux du réseau (intervalle à 95 %)
networks-levels_note = Moyennes des estimations des villes membres pour l’année ; l’intervalle combine les erreurs d’échantillonnage indépendantes des villes.
networks-year = Année
networks-cities_with_value = Villes avec une valeur
networks-of_members = { $k } sur { $n }
networks-range_trend = { $lo } à { $hi } par an
networks-index_heading = Indice ICC par domaine
networks-index_caption = Moyenne des membres face à toutes les villes du projet (dernière évaluation de chaque ville)
networks-area = Domaine
networks-members_mean = Villes membres (moyenne)
networks-all_mean = Toutes les villes (moyenne)
networks-index_note = Domaines principaux ; dernière évaluation de chaque ville. Des évaluations faites avec des versions différentes de l’Indice ne sont pas strictement comparables.

## Explorer (reports/explorer/<lang>/index.html): words the page needs before its script runs
explorer-language_name = Français
explorer-group_all = Ensemble des habitants
explorer-noscript = L’explorateur nécessite JavaScript. Les mêmes chiffres figurent dans les rapports des villes et du réseau.

explorer-title = Explorateur de la cohésion
explorer-language = Langue
explorer-views = Vues
explorer-view_time = Une ville dans le temps
explorer-view_cities = Villes côte à côte
explorer-view_gaps = Écarts entre groupes
explorer-view_index = Index ICC par domaine
explorer-view_composite = Indice composite (chercheurs)
explorer-no_data = Pas de données pour ce choix.
explorer-download_png = Télécharger en PNG
explorer-download_svg = Télécharger en SVG
explorer-download_csv = Télécharger en CSV

explorer-set = Ensemble d’indicateurs
explorer-indicator = Indicateur
explorer-city = Ville
explorer-city_highlight = Ville mise en évidence
explorer-kind = Source
explorer-group = Groupe
explorer-compare = Comparer avec
explorer-compare_none = (pas de second groupe)
explorer-dim = Groupes comparés
explorer-peer = Villes pairs
explorer-period = Période
explorer-period_latest = Dernière vague de chaque ville
explorer-sort = Ordre
explorer-sort_name = Par nom
explorer-sort_peer = Villes pairs d’abord
explorer-composite = Indice composite

explorer-title_time = { $indicator } : { $city }, { $group } ({ $source })
explorer-title_cities = { $indicator } : villes côte à côte, { $group } ({ $source } ; { $wave })
explorer-title_gaps = { $indicator } : écarts entre groupes ({ $group }), { $city } ({ $source })
explorer-title_index = Index ICC par domaine : { $city }
explorer-title_index_year = Index ICC par domaine : { $city }, { $wave }
explorer-title_composite = { $indicator } : { $city }
explorer-summary_time = { $indicator }, { $city }, { $group } : points avec intervalles à 95 % ; vagues : { $n } ({ $from } – { $to }). Les chiffres figurent dans le tableau ci-dessous.
explorer-summary_cities = { $indicator } ({ $source }, { $group }) : une ligne par ville, points avec intervalles à 95 % ; villes affichées : { $n }. Les chiffres figurent dans le tableau ci-dessous.
explorer-summary_gaps = { $indicator }, { $city } : écarts entre groupes ({ $group }) avec intervalles à 95 % ; points : { $n }. Les chiffres figurent dans le tableau ci-dessous.
explorer-summary_index = Index ICC, { $city }, { $wave }, par domaine, face à la médiane et à la moitié centrale des villes pairs ; domaines : { $n }. Les chiffres figurent dans le tableau ci-dessous.
explorer-summary_composite = { $indicator }, { $city }, avec son intervalle d’échantillonnage à 95 % et sa bande de sensibilité ; vagues : { $n }. Les chiffres figurent dans le tableau ci-dessous.

explorer-axis_percent = % des répondants
explorer-axis_score = score (0–100)
explorer-axis_raw = moyenne sur l’échelle de la question
explorer-axis_gap_percent = écart en points de pourcentage
explorer-axis_gap_score = écart en points (échelle 0–100)
explorer-axis_gap_raw = écart sur l’échelle de la question
explorer-axis_composite = score composite
explorer-legend_estimate = estimation avec intervalle à 95 %
explorer-legend_break = rupture de série (survol ou focus pour la note)
explorer-legend_members = { $group } (membres)
explorer-legend_median = médiane des villes pairs
explorer-legend_iqr = moitié centrale des villes pairs
explorer-legend_sig = plein : significatif après correction pour les comparaisons multiples
explorer-legend_notsig = creux : non significatif
explorer-legend_score = score composite
explorer-legend_sampling = intervalle d’échantillonnage à 95 %
explorer-legend_band = bande de sensibilité (pas un intervalle d’échantillonnage)
explorer-diff_to = { $group } : écart par rapport à { $value }
explorer-other_cities = Autres villes
explorer-too_few = trop peu de réponses
explorer-flag_short = ‡ à interpréter avec prudence
explorer-label_value = { $group } : { $value }

explorer-tip_value = { $wave } : { $value }
explorer-tip_interval = intervalle à 95 % : { $lo } à { $hi }
explorer-tip_adjusted = intervalle ajusté : { $lo } à { $hi }
explorer-tip_n = n = { $n }
explorer-tip_verdict = verdict : { $value }
explorer-tip_sig = significatif après correction ({ $q })
explorer-tip_notsig = non significatif après correction ({ $q })
explorer-not_tested = non testé
explorer-tip_member = dans le groupe de villes pairs
explorer-tip_median = médiane des villes pairs : { $value }
explorer-tip_iqr = moitié centrale des villes pairs : { $lo } à { $hi }
explorer-tip_position = position : { $value }
explorer-tip_n_peers = villes pairs avec données : { $n }
explorer-tip_sampling = intervalle d’échantillonnage à 95 % : { $lo } à { $hi }
explorer-tip_band = bande de sensibilité : { $lo } à { $hi }

explorer-verdict = Verdict
explorer-no_verdict = Pas de verdict pour ce choix.
explorer-break = Rupture de série entre { $from } et { $to } : { $value }
explorer-break_plain = Rupture de série entre { $from } et { $to }.
explorer-n_range_wave = n = { $lo }–{ $hi } par vague
explorer-n_one_wave = n = { $n } par vague
explorer-n_range_city = n = { $lo }–{ $hi } par ville
explorer-n_one_city = n = { $n } par ville
explorer-missing_cities = Villes sans valeur pour ce choix : { $n }.
explorer-peer_note = La médiane et la moitié centrale des villes pairs montrent où se situent des villes semblables. Ce n’est pas un classement.
explorer-peer_too_few = Trop peu de villes comparables ont une valeur : ni médiane ni moitié centrale des villes pairs ne peuvent être montrées.
explorer-peer_group = Villes pairs : { $group }.
explorer-peer_caption = { $city } face à ses villes pairs ({ $wave })
explorer-peer_latest_only = Les villes pairs ne sont comparées que sur la dernière vague de chaque ville : choisissez « { $value } » sous Période pour les voir.
explorer-peer_all_only = Les villes pairs ne sont comparées que pour l’ensemble des habitants : choisissez « { $group } » sous Groupe pour les voir.
explorer-gap_note = Points pleins : significatifs après correction pour les comparaisons multiples (q < { $q }). Correction : { $value }. Les intervalles ajustés figurent dans le tableau.
explorer-index_note = Les scores de l’Index ICC viennent d’une évaluation, pas d’un échantillon : ils n’ont pas d’intervalle d’échantillonnage, aucun n’est donc tracé.
explorer-composite_note = Pour les chercheurs. L’intervalle d’échantillonnage à 95 % vient des poids de réplication de chaque vague. La bande de sensibilité montre de combien le score varie quand l’indice est construit autrement (normalisation, pondération, agrégation) ; ce n’est pas un intervalle d’échantillonnage. Un indice composite ne dit pas quels indicateurs ont bougé.

explorer-col_group = Groupe
explorer-col_reference = Comparé à
explorer-col_wave = Vague
explorer-col_city = Ville
explorer-col_area = Domaine
explorer-col_n = n
explorer-col_estimate = Estimation
explorer-col_lo = Intervalle à 95 %, de
explorer-col_hi = Intervalle à 95 %, à
explorer-col_alo = Intervalle ajusté, de
explorer-col_ahi = Intervalle ajusté, à
explorer-col_gap = Écart
explorer-col_sig = Significatif après correction
explorer-col_note = Remarque
explorer-col_member = Parmi les villes pairs
explorer-col_city_value = Valeur de la ville
explorer-col_score = Score
explorer-col_median = Médiane des villes pairs
explorer-col_q1 = Moitié centrale des pairs, de
explorer-col_q3 = Moitié centrale des pairs, à
explorer-col_n_peers = Villes pairs avec données
explorer-col_other_mode = Villes pairs enquêtées selon un autre mode
explorer-col_position = Position
explorer-col_blo = Bande de sensibilité, de
explorer-col_bhi = Bande de sensibilité, à
explorer-yes = oui
explorer-no = non
