# Textos em português europeu (pt-PT) dos relatórios cohesion, no formato Project Fluent
# (https://projectfluent.org/). Mesmos identificadores que en.ftl (uma mensagem em falta recorre
# ao inglês); ver docs/TRANSLATIONS.md. Tradução feita com apoio de tradução automática: as
# correções e sugestões de falantes nativos são bem-vindas. Plural segundo o CLDR: «one» e
# «other». As variáveis $x_vowel (elisão) não são necessárias em português e não são usadas.
# Números: vírgula decimal; espaço estreito inseparável (U+202F) como separador de milhares,
# só a partir de cinco algarismos («1411», mas «11 419»); percentagem sem espaço («45,2%»);
# datas «29 de março de 2015», meses em minúsculas (Acordo Ortográfico de 1990).

## number
number-decimal = ,
number-group =  
number-group_min_digits = 5
number-percent = { $v }%

## date
date-pattern = { $d } de { $month } de { $y }
wave-pattern = { $month } de { $y }

## month
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## month_short
month_short-1 = jan.
month_short-2 = fev.
month_short-3 = mar.
month_short-4 = abr.
month_short-5 = mai.
month_short-6 = jun.
month_short-7 = jul.
month_short-8 = ago.
month_short-9 = set.
month_short-10 = out.
month_short-11 = nov.
month_short-12 = dez.

## common
common-contents = Sumário
common-source = Fonte: { $project }, execução cohesion { $run }
common-footer_method = Os veredictos resultam de um teste fixado à partida (a tendência ao longo de cinco ou mais vagas; caso contrário, a primeira vaga face à mais recente) com os graus de liberdade do plano de amostragem; valores q por { $method }; significativo quer dizer q < { $alpha }; «estável» exige um teste de equivalência. Não são apresentadas estimativas baseadas em menos de { $min_n } respostas.
common-footer_run = { $project } · cohesion { $version } · execução { $run }
common-n_cities = { $n ->
        [one] { $n } cidade.
       *[other] { $n } cidades.
    }
common-no_diagnostics = A tabela de diagnósticos dos conjuntos de indicadores (diagnostics) não está no repositório, pelo que a fiabilidade, os dados em falta, a detetabilidade e a redundância não são apresentados aqui. Execute a etapa «workbench» para a acrescentar.

## method
method-bh = taxa de falsas descobertas de Benjamini–Hochberg
method-holm = Holm

## unit
unit-pp = { $n ->
        [one] ponto percentual
       *[other] pontos percentuais
    }
unit-points = { $n ->
        [one] ponto
       *[other] pontos
    }
unit-scale_points = { $n ->
        [one] ponto da escala
       *[other] pontos da escala
    }
unit-per_year = { $unit } por ano

## axis
axis-percent = % dos inquiridos
axis-score = pontuação (0–100)
axis-raw = média na escala da pergunta
axis-wave = vaga do barómetro (trabalho de campo)
axis-gap_pp = diferença entre os grupos, em pontos percentuais
axis-gap_points = diferença entre os grupos, em pontos (0–100)
axis-gap_raw = diferença entre os grupos, na escala da pergunta
axis-rho = correlação de Spearman ρ
axis-score_or_percent = % dos inquiridos ou pontuação (0–100)

## chart
chart-estimate = Estimativa
chart-interval = Intervalo de confiança a 95%
chart-trend = Linha de tendência (declive anual)
chart-break = quebra de série
chart-suppressed = n < { $min_n }
chart-peer_median = Mediana dos pares
chart-peer_spread = Pares, metade central
chart-no_data = sem dados
chart-trend_subtitle = { $city }: { $waves ->
        [one] { $waves } vaga
       *[other] { $waves } vagas
    }, { $n ->
        [one] { $n } inquirido
       *[other] { $n } inquiridos
    } no total, de { $first } a { $last }
chart-peer_title = { $city } e cidades semelhantes
chart-peer_subtitle = { $group }: { $n } cidades pares; vaga mais recente do barómetro
chart-radar_title = Áreas do Índice ICC: { $city } e a mediana dos pares
chart-radar_subtitle = Avaliação de { $year } (versão { $version } do Índice); mediana das avaliações mais recentes de { $n } cidades
chart-gap_title = { $dim }: { $group } − { $reference }
chart-gap_subtitle = { $city }, { $wave }; n = { $n ->
        [one] { $n } inquirido
       *[other] { $n } inquiridos
    }
chart-gap_caption = As barras são os intervalos ajustados para comparações múltiplas (os indicados junto de q); as linhas destacadas (a azul) são significativas após a correção.
chart-no_gap = sem diferença
chart-network_subtitle = Vaga mais recente de { $n ->
        [one] { $n } cidade
       *[other] { $n } cidades
    }, { $resp ->
        [one] { $resp } inquirido
       *[other] { $resp } inquiridos
    }
chart-network_median = mediana das cidades
chart-assoc_title = Índice ICC e coesão entre cidades
chart-assoc_subtitle = ρ de Spearman com o seu intervalo ajustado para comparações múltiplas; { $n } cidades
chart-no_association = sem associação
chart-composite_title = Índice compósito: { $set }
chart-composite_subtitle = Pontuação com o seu intervalo amostral a 95% (pesos replicados); { $n } cidades
chart-range = { $lo } a { $hi }
chart-interval_adjusted = intervalo ajustado para comparações múltiplas
chart-interval_sampling = intervalo amostral a 95% (pesos replicados)

## alt
alt-trend = Gráfico de linhas de «{ $indicator }» ({ $city }), de { $first } a { $last }, com a respetiva banda de confiança a 95%. Valor mais recente: { $latest }.
alt-peers = Gráfico de pontos: { $city } face à metade central e à mediana dos seus pares ({ $group })
alt-radar = Gráfico radar das áreas do Índice ICC, { $city }, { $year } (pontuação da cidade / mediana dos pares):

## phrase
phrase-estimate = { $value } em { $wave } (IC a 95%: { $lo } a { $hi }; n = { $n })
phrase-estimate_short = { $value } ({ $lo }–{ $hi })
phrase-suppressed = respostas insuficientes em { $wave }
phrase-too_few = respostas insuficientes para apresentar uma estimativa
phrase-too_few_short = respostas insuficientes
phrase-change = { $diff } { $unit } (intervalo ajustado { $lo } a { $hi }; { $q })
phrase-change_short = { $diff } ({ $lo } a { $hi }); { $q }
phrase-diff_ci = { $diff } ({ $lo } a { $hi })

## sentence
sentence-latest = Valor mais recente: { $latest }.
sentence-change_sig = Variação significativa de { $from } a { $to }: { $change }.
sentence-change_ns = Sem variação clara de { $from } a { $to }: os dados são compatíveis com qualquer valor entre { $lo } e { $hi } { $unit } ({ $q }).
sentence-across_break = Esta comparação atravessa uma quebra de série, pelo que não é estritamente comparável.
sentence-trend_up = Tendência crescente ao longo de { $n } vagas, de { $first } a { $last }: cerca de { $slope } { $per_year } (teste de tendência sobre as estimativas das vagas e as respetivas margens de erro; { $q }).
sentence-trend_down = Tendência decrescente ao longo de { $n } vagas, de { $first } a { $last }: cerca de { $slope } { $per_year } (teste de tendência sobre as estimativas das vagas e as respetivas margens de erro; { $q }).
sentence-trend_none = Sem tendência clara ao longo de { $n } vagas, de { $first } a { $last } (declive { $slope } { $per_year }; { $q }).
sentence-trend_fluctuating = Sem tendência regular ao longo de { $n } vagas, de { $first } a { $last }, mas o nível variou entre vagas mais do que a margem de erro (declive médio { $slope } { $per_year }; { $q }).
sentence-trend_few = Vagas comparáveis insuficientes ({ $n }) para um teste de tendência; são necessárias pelo menos cinco.
sentence-trend_after_break = O teste de tendência usa apenas as vagas posteriores à última quebra de série.
sentence-dip = O último recuo está dentro da margem de erro: não é prova de um declínio.
sentence-lower_is_better = Neste indicador, valores mais baixos são melhores.
sentence-mode_break = Quebra de série antes de { $wave }: o modo de recolha passou de «{ $from }» para «{ $to }».
sentence-change_eq = Estável de { $from } a { $to }: { $change }; a variação está dentro da margem de equivalência.
sentence-flagged = Interprete o valor mais recente com cautela: assenta em poucas unidades de amostragem ou tem um intervalo largo.

## tone
tone-stable = Sem variação significativa
tone-significant = significativo
tone-significant_cap = Significativo

## trend
trend-up = em subida, { $slope } { $per_year }
trend-down = em descida, { $slope } { $per_year }
trend-none = sem tendência clara
trend-fluctuating = oscilante, sem direção regular
trend-few = vagas insuficientes

## position
position-above = acima da metade central
position-below = abaixo da metade central
position-within = indistinguível da metade central
position-unknown = não disponível

## peers
peers-knn = { $k ->
        [one] A cidade mais semelhante
       *[other] As { $k } cidades mais semelhantes
    }
peers-population = Cidades de dimensão semelhante (população { $band })
peers-foreign_born = Cidades com uma percentagem semelhante de pessoas nascidas no estrangeiro ({ $band })

## mode
mode-online = online
mode-phone = telefone
mode-face_to_face = presencial
mode-paper = papel
mode-mixed = modos mistos

## dim
dim-migrant_background = Origem migrante
dim-age_band = Idade
dim-gender = Género
dim-neighbourhood = Bairro

## group.migrant_background
group-migrant_background-yes = com origem migrante
group-migrant_background-no = sem origem migrante

## group.gender
group-gender-man = homens
group-gender-woman = mulheres
group-gender-other = outro género

## item
item-trust_people = Pode-se confiar na maioria das pessoas
item-trust_neighbours = Confiança nos vizinhos
item-trust_institutions = Confiança na administração municipal
item-belonging = Sentimento de pertença à cidade
item-get_along = Pessoas de origens diferentes dão-se bem
item-diversity_advantage = A diversidade é uma vantagem
item-contact_diverse = Contacto significativo entre origens diferentes
item-discrimination_experienced = Discriminação sofrida
item-safety_night = Sentir-se em segurança depois de escurecer
item-civic_participation = Participação cívica

## activity
activity-intercultural_dialogue = Diálogo intercultural
activity-sports_mixed_teams = Desporto em equipas mistas
activity-info_session = Sessão de informação

## effect
effect-difference_in_proportions = diferença de proporções
effect-matched-pairs_rank-biserial_r = r bisserial de postos

## source
source-survey = inquérito municipal
source-barometer = barómetro
source-index = Índice ICC

## statistic
statistic-share_agree = percentagem que concorda (%)
statistic-mean = média na escala da pergunta
statistic-mean_pomp = pontuação média (0–100)
statistic-scale_pomp = pontuação da escala (0–100)
statistic-index_area = pontuação de área do Índice
statistic-index_aggregate = Índice agregado

## polarity
polarity-higher_is_better = mais alto é melhor
polarity-lower_is_better = mais baixo é melhor

## norm
norm-pomp = percentagem do máximo possível
norm-minmax = mín.–máx.
norm-zscore = pontuações z

## agg
agg-arithmetic = média aritmética
agg-geometric = média geométrica

## metric
metric-alpha = α de Cronbach
metric-missing = não resposta ao item (%)
metric-unit_missing = pergunta não feita (proporção)
metric-floor = efeito de chão (%)
metric-ceiling = efeito de teto (%)
metric-mdc = variação mínima detetável
metric-mdc_median = variação mínima detetável (mediana)
metric-share_significant = variações significativas (%)
metric-typical_change = variação típica
metric-spearman_icc_index = ρ com o Índice ICC
metric-item_missing = não resposta ao item (proporção)
metric-item_rest = correlação item–resto
metric-corr_with = correlação (Pearson)
metric-spearman_with = correlação (Spearman)
metric-spearman_icc_index_p = p de ρ com o Índice ICC
metric-detectable_slope = tendência detetável por ano
metric-detectable_slope_median = tendência detetável por ano (mediana)
metric-true_change_sd = DP da variação real

## col
col-indicator = Indicador
col-latest = Mais recente (IC a 95%)
col-n = n
col-last_change = Variação desde a vaga anterior
col-trend = Tendência
col-city_value = Cidade
col-peer_median = Mediana dos pares
col-peer_iqr = Metade central dos pares
col-position = Posição
col-area = Área
col-city_score = Pontuação da cidade
col-n_peers = Pares com dados
col-year = Ano
col-version = Versão do Índice
col-index = Índice ICC
col-note = Nota
col-groups = Grupos comparados
col-values = Valores
col-gap = Diferença (intervalo ajustado)
col-q = q
col-activity = Atividade
col-item = Pergunta
col-pairs = Pares de respostas
col-before = Antes
col-after = Depois
col-effect_size = Dimensão do efeito
col-city = Cidade
col-waves = Vagas do barómetro
col-period = Período
col-respondents = Inquiridos
col-surveys = Inquéritos municipais
col-index_latest = Índice ICC mais recente (versão)
col-index_measure = Medida do Índice ICC
col-n_cities = Cidades
col-rho = ρ (intervalo ajustado para comparações múltiplas)
col-wave = Vaga
col-score = Pontuação (intervalo amostral a 95%)
col-score_band = Banda de sensibilidade da pontuação (95%)
col-rank_interval = Lugar: intervalo amostral (mediana)
col-rank_band = Lugar: banda de sensibilidade
col-n_ranked = Cidades ordenadas
col-source = Fonte · estatística
col-items = Perguntas ou áreas
col-polarity = Sentido
col-sig_changes = Variações significativas
col-ci_width = Amplitude típica do IC a 95%
col-rho_index = ρ com o Índice ICC (IC a 95%)
col-verdict = Veredicto
col-set = Conjunto
col-reasons = Motivos

## city
city-title = { $city }: relatório sobre a coesão
city-subtitle = { $project } · { $set } · vaga mais recente do barómetro: { $latest }
city-glance = Em resumo
city-glance_intro = O veredicto sobre cada indicador, segundo o teste escolhido à partida (a tendência ao longo de cinco ou mais vagas; caso contrário, a primeira vaga face à mais recente), após correção para as múltiplas comparações efetuadas (q < { $alpha }). «Estável» significa que ficou demonstrado que a variação se situa numa faixa estreita; «oscilante» significa que o nível variou entre vagas mais do que a margem de erro, sem uma direção regular; «sem variação clara» significa que os dados não permitem concluir. A variação significativa mais recente entre duas vagas é indicada ao lado.
city-no_findings = Ainda não é possível medir qualquer variação nesta cidade: uma comparação exige pelo menos duas vagas da mesma fonte.
city-over_time = A cidade ao longo do tempo
city-over_time_intro = Cada indicador do barómetro da coesão, vaga a vaga, com o respetivo intervalo de confiança a 95%. Uma variação é considerada significativa quando o seu valor q é inferior a { $alpha } após correção para as múltiplas comparações efetuadas ({ $method }); caso contrário, o relatório indica que não houve variação significativa — o que é um resultado, não um fracasso.
city-table_over_time = Indicadores do barómetro: valor mais recente, variações e tendência
city-table_note_n = Com base em { $n ->
        [one] { $n } resposta
       *[other] { $n } respostas
    } em todas as vagas.
city-table_note_units = As variações são expressas em pontos percentuais para as percentagens (%) e em pontos para as pontuações; o intervalo entre parênteses está ajustado para as múltiplas comparações efetuadas (é o intervalo que acompanha q).
city-table_note_break = † atravessa uma quebra de série.
city-peers = Comparação com cidades semelhantes
city-peers_intro = Cada gráfico situa a cidade (ponto) face às suas cidades pares: a barra cinzenta é a metade central dos pares (do primeiro ao terceiro quartil) e o traço preto a sua mediana. Trata-se de uma comparação, não de uma classificação.
city-peer_list = Cidades pares: { $cities } ({ $n ->
        [one] { $n } cidade
       *[other] { $n } cidades
    }).
city-peer_table = Posição face aos pares: { $group }
city-peer_note = Os valores dos pares são os das vagas mais recentes do barómetro dessas cidades ({ $n ->
        [one] { $n } cidade
       *[other] { $n } cidades
    }).
city-peer_other_mode = Modo de recolha: { $k } das { $n } vagas mais recentes dos pares usaram um modo diferente do desta cidade, e um efeito de modo pode parecer uma diferença entre cidades (a vaga, a data e o modo de cada par constam da tabela peer_waves do repositório).
city-index = Índice ICC
city-index_intro = A avaliação de { $year } do Índice das Cidades Interculturais (versão { $version } do Índice), área a área, face à mediana das avaliações mais recentes das { $n } cidades mais semelhantes ({ $cities }).
city-index_peer_versions = Algumas das avaliações mais recentes dos pares usaram outra versão do Índice e não são estritamente comparáveis: { $list }.
city-index_table = Áreas do Índice ICC, { $year }
city-index_history = Avaliações do Índice ICC
city-index_not_comparable = versão alterada: não estritamente comparável com a avaliação anterior
city-index_break = O questionário do Índice mudou entre { $from_year } (versão { $from }) e { $to_year } (versão { $to }): as pontuações anteriores e posteriores não são estritamente comparáveis.
city-gaps = Diferenças entre grupos
city-gaps_intro = Diferenças entre grupos de residentes em { $wave }. { $sig } das { $tested } diferenças testadas são significativas após a correção ({ $method }).
city-gaps_none = Nenhuma das diferenças entre grupos é significativa (q < { $alpha }): com estas dimensões de amostra, não é possível distinguir os grupos.
city-gaps_table = Diferenças significativas entre grupos, { $wave }
city-gaps_note = { $n ->
        [one] { $n } inquirido
       *[other] { $n } inquiridos
    } na vaga.
city-activities = Atividades de contacto
city-activities_table = Antes e depois: respostas dos participantes
city-surveys = Inquéritos municipais
city-surveys_intro = Indicadores dos inquéritos à população realizados pela própria cidade.
city-surveys_table = Indicadores dos inquéritos municipais
city-single_wave = apenas uma vaga até agora
city-how_to_read = Como ler este relatório
city-notes = Notas sobre os dados
city-table_note_flag = ‡ interpretar com cautela: a estimativa assenta em menos de 8 graus de liberdade do plano de amostragem ou o seu intervalo é largo para a sua dimensão.
city-gaps_source = Último { $source }: { $wave }
city-peers_too_few = Cidades comparáveis insuficientes: uma comparação exige pelo menos { $min } cidades com valor.

## read
read-ci = Cada número provém de um inquérito por amostragem. O intervalo de confiança a 95% indica a gama de valores em que o verdadeiro valor muito provavelmente se situa; n é o número de respostas em que assenta.
read-q = Uma variação é considerada significativa quando o seu valor q é inferior a { $alpha }. Os valores q corrigem as múltiplas comparações feitas em simultâneo ({ $method }), para que diferenças devidas ao acaso não sejam apresentadas como resultados.
read-no_change = «Sem variação clara» é um resultado, não um fracasso: uma eventual variação foi demasiado pequena para a amostra a detetar. Só um teste de equivalência pode mostrar que um indicador se manteve («estável»).
read-peers = As comparações com outras cidades mostram a metade central e a mediana de cidades semelhantes. Não são classificações.
read-causation = Estes números descrevem como evolui o clima na cidade; por si só, não mostram porquê. As relações com o Índice ICC entre cidades são associações, não efeitos causais.

## notes
notes-suppressed = { $k } das { $total } estimativas desta cidade (por vaga, grupo e indicador) assentam em menos de { $min_n } respostas e são apresentadas como «respostas insuficientes».
notes-suppressed_waves = Estimativas para toda a população com menos de { $min_n } respostas: { $waves }.
notes-rejects = { $k } das { $n } linhas de entrada { $files ->
        [one] do { $files } ficheiro de inquérito
       *[other] dos { $files } ficheiros de inquérito
    } desta cidade foram rejeitadas na validação (listadas com ficheiro, linha e motivo na tabela rejects).
notes-all_rejected = { $k ->
        [one] Uma vaga não tem
       *[other] { $k } vagas não têm
    } estimativas porque todas as linhas foram rejeitadas ({ $waves }); as linhas rejeitadas constam da tabela rejects do repositório.
notes-unweighted = { $k ->
        [one] Uma vaga não está ponderada
       *[other] { $k } vagas não estão ponderadas
    } ({ $waves }): cada inquirido conta de forma igual, pelo que as estimativas descrevem a amostra e só representam a cidade na medida em que a amostra lhe corresponde.
notes-replicate_weights = { $k ->
        [one] Uma vaga traz os seus próprios
       *[other] { $k } vagas trazem os seus próprios
    } pesos replicados ({ $types }: { $waves }). Todos os erros-padrão, intervalos e testes destas vagas provêm deles, com os respetivos graus de liberdade (a característica da matriz dos pesos replicados menos um); o mesmo se aplica aos intervalos amostrais do índice compósito e aos intervalos da fiabilidade.
notes-no_mode_break = Sem mudança do modo de recolha entre vagas do barómetro.
notes-mode_break_rule = As variações que a atravessam são assinaladas e os testes de tendência começam depois dela.
notes-method = Testes múltiplos: { $method }; nível de significância α = { $alpha }; as estimativas com menos de { $min_n } respostas são omitidas.
notes-run = Execução { $run } de { $project }.

## brief
brief-title = { $city }: o que mostra o barómetro da coesão
brief-subtitle = Último inquérito: { $latest } ({ $n ->
        [one] { $n } residente
       *[other] { $n } residentes
    }); { $waves ->
        [one] { $waves } vaga
       *[other] { $waves } vagas
    } desde { $first }
brief-subtitle_none = Ainda sem vagas do barómetro
brief-findings = O que verificámos
brief-no_findings = Ainda não há vagas do barómetro suficientes para apresentar resultados.
brief-all_rejected = A vaga { $wave } não é mostrada: as suas { $n } linhas foram todas rejeitadas na verificação dos dados.
brief-peers_lead = Face a cidades semelhantes:
brief-peers = { $group } ({ $cities }): a cidade não se distingue da metade central delas em { $within } de { $total } indicadores{ $more }.
brief-peers_mode = { $k } destas { $n } cidades usaram outro modo de recolha, e um efeito de modo pode parecer uma diferença entre cidades.
brief-peers_ahead = ; está claramente à frente da maioria delas em { $n }
brief-peers_behind = ; está claramente atrás da maioria delas em { $n }
brief-mode_break = Nota: o método do inquérito mudou em { $wave } ({ $from } → { $to }); os resultados anteriores e posteriores não são diretamente comparáveis e as tendências medem-se desde então.
brief-what_shows = O que estes resultados mostram — e o que não mostram
brief-shows_sample = Os números vêm de inquéritos a uma amostra de residentes: cada um tem uma margem de erro (o intervalo a 95% indicado).
brief-shows_q = Só dizemos que uma variação é significativa se for improvável que se deva ao acaso, tendo em conta as muitas comparações feitas (q < { $alpha }); os intervalos junto de q também as têm em conta.
brief-shows_causation = { $source ->
        [survey] Os inquéritos municipais mostram como os residentes veem a cidade, não porquê: não provam que uma política causou uma variação.
       *[barometer] O barómetro mostra como o clima muda, não porquê: não prova que uma política causou uma variação.
    }
brief-shows_peers = As comparações com cidades semelhantes situam a cidade face à metade central delas — não são uma classificação.
brief-talk_title = Como falar deste resultado
brief-talk_dip = { $list }: o último recuo está dentro da margem de erro. Uma descida dentro do intervalo não é um fracasso nem uma tendência.
brief-talk_decline = { $list }: um declínio real. É uma razão para agir — ver que grupos e bairros mudaram — e não para deixar de medir.
brief-talk_keep = Continuar a medir: só uma série contínua pode mostrar se a ação resulta.
brief-talk_say = Dizer o que os dados mostram, com a sua incerteza; evitar «falhámos» e «conseguimos» com base num só inquérito.
brief-full_report = O relatório completo da cidade dá cada número com o seu intervalo, a comparação com os pares e as notas sobre os dados.
brief-gaps_lead = Diferenças sólidas entre grupos:
brief-subtitle_survey = Último inquérito municipal: { $latest } ({ $n ->
        [one] { $n } residente
       *[other] { $n } residentes
    }); ainda sem vagas do barómetro
brief-title_survey = { $city }: o que mostram os inquéritos municipais
brief-no_findings_levels = Ainda não é possível medir variações: uma comparação exige uma segunda ronda. Onde a cidade está agora:
brief-level_line = { $indicator }: { $latest }

## network
network-title = Barómetro da coesão: relatório da rede
network-subtitle = { $project } · { $n ->
        [one] { $n } cidade
       *[other] { $n } cidades
    } · para investigadores
network-intro = Todas as cidades da rede lado a lado: o barómetro ao longo do tempo, as relações entre o Índice ICC e a coesão, o índice compósito e os diagnósticos dos indicadores. As estimativas têm intervalos de confiança a 95% e a significância assenta em valores q; o índice compósito tem duas amplitudes distintas: um intervalo amostral a 95% obtido com pesos replicados e uma banda de sensibilidade às opções de construção, que não é um intervalo de confiança.
network-cities = As cidades e os seus dados
network-cities_table = Dados disponíveis por cidade
network-barometer = O barómetro ao longo do tempo
network-barometer_intro = Indicadores do conjunto «{ $set }»: primeiro, o sentido da série de cada cidade; depois, o valor mais recente de cada cidade com o seu intervalo (cidades por ordem alfabética).
network-trend_table = Veredicto sobre a série de cada cidade
network-trend_table_part = { $caption } (parte { $part } de { $parts })
network-trend_note = Cada célula é o veredicto do teste fixado à partida (a tendência ao longo de cinco ou mais vagas desde a última quebra; caso contrário, a primeira vaga face à mais recente), após controlo dos testes múltiplos (q < { $alpha }); «estável» só através de um teste de equivalência.
network-associations = Índice ICC e coesão
network-associations_intro = Entre cidades, como o Índice ICC agregado mais recente se relaciona com cada indicador de coesão (ρ de Spearman com intervalo pela transformação z de Fisher). São associações ecológicas entre cidades — não efeitos causais nem afirmações sobre indivíduos.
network-assoc_table = Associações com o Índice ICC
network-assoc_note = Valores q por { $method } dentro do conjunto (Índice agregado e áreas em conjunto).
network-assoc_areas = Associações com as áreas do Índice ICC (ρ de Spearman)
network-assoc_areas_note = {"*"} q < { $alpha } ({ $method } dentro do conjunto).
network-ecological = Associação ecológica entre cidades, não um efeito causal.
network-index_aggregate = Índice agregado
network-too_few_cities = cidades insuficientes
network-too_few_cities_long = Há demasiado poucas cidades com Índice ICC e com este indicador para estimar uma associação.
network-no_values = Nenhuma cidade tem ainda valor para este indicador.
network-composite = Índice compósito
network-composite_intro = Pontuações compósitas com duas amplitudes distintas. O intervalo amostral a 95% recalcula cada indicador com os mesmos pesos replicados de cada vaga (réplicas bootstrap geradas pelo cohesion, ou os pesos replicados do próprio inquérito, quando este os fornece), pelo que mantém a correlação entre indicadores medidos nos mesmos inquiridos. A banda de sensibilidade mostra quanto a pontuação e o lugar na classificação variam quando a normalização, a ponderação e a agregação são escolhidas de outra forma; não é um intervalo de confiança. Os intervalos de lugar destinam-se apenas a investigadores: o lugar de uma cidade é incerto e não deve ser citado como uma posição.
network-composite_table = Pontuações compósitas e intervalos de lugar: { $set }
network-composite_note = O 1.º lugar corresponde à pontuação mais alta; os intervalos amostrais do lugar provêm dos pesos replicados e as bandas de sensibilidade do lugar das simulações de Monte Carlo das opções de construção.
network-rank_interval = { $lo }–{ $hi } ({ $median })
network-diagnostics = Diagnósticos dos conjuntos de indicadores
network-diagnostics_intro = Medianas de cada diagnóstico, por indicador, calculadas sobre cidades e vagas.
network-activities = Atividades de contacto
network-activities_intro = Avaliações antes/depois das atividades de contacto, agregadas entre cidades.
network-notes_rejects = { $k } das { $n } linhas de entrada foram rejeitadas na validação (ver a tabela rejects).
network-surveys = Inquéritos municipais
network-surveys_intro = Indicadores do conjunto «{ $set }» provenientes dos inquéritos à população das próprias cidades: primeiro, o veredicto sobre as rondas de cada cidade (ronda a ronda); depois, o valor mais recente de cada cidade com o seu intervalo (cidades por ordem alfabética).

## sets
sets-title = Conjuntos de indicadores: relatório para o grupo de trabalho
sets-subtitle = { $project } · { $n ->
        [one] { $n } conjunto de indicadores
       *[other] { $n } conjuntos de indicadores
    }
sets-intro = Cada conjunto candidato com os seus indicadores e o que esta execução diz sobre eles: cobertura, frequência com que detetaram uma variação significativa, precisão e associação com o Índice ICC.
sets-table = Indicadores do conjunto
sets-table_note = Variações significativas: vagas consecutivas, toda a população, q < α. Amplitude do IC: amplitude mediana do intervalo a 95% em todas as vagas de todas as cidades.
sets-share_sig = { $k } de { $n }
sets-composite = Índice compósito «{ $name }»: { $list }; { $norm }, { $weights }, { $agg }; { $draws } simulações de Monte Carlo para a banda de sensibilidade; intervalos amostrais a 95% com pesos replicados.
sets-weights_equal = pesos iguais
sets-weights_explicit = pesos explícitos
sets-diagnostics = Diagnósticos
sets-diag_table = Diagnósticos: { $set }
sets-diag_note = Mediana sobre cidades e vagas.
sets-comparison = Comparação de conjuntos
sets-comparison_intro = Os dois conjuntos candidatos lado a lado, indicador a indicador, com um veredicto e os números que o fundamentam.
sets-comparison_table = Comparação de conjuntos
sets-comparison_verdicts = Veredictos e os números que os fundamentam
sets-no_comparison = O repositório não contém nenhuma comparação de conjuntos (tabela set_comparison). Execute o comando compare-sets para a acrescentar.

## column
column-side = Conjunto
column-set_id = Identificador do conjunto
column-indicator_id = Indicador
column-source = Fonte
column-statistic = Estatística
column-alpha_median = α mediano
column-mdc_median = VMD mediana
column-typical_change = Variação típica
column-share_significant = Proporção significativa
column-n_changes = Variações testadas
column-max_abs_corr = |r| máx.
column-most_correlated_with = Mais correlacionado com
column-rho_icc_index = ρ com o Índice ICC
column-verdict = Veredicto
column-reasons = Motivos
column-min_important_change = Variação mínima relevante
column-detectable_slope_median = Tendência detetável por ano
column-true_change_sd = DP da variação real

## index
index-heading = Relatórios em português
index-city_report = relatório da cidade
index-brief = nota para a presidência da câmara

## verdict
verdict-keep = manter
verdict-weak_reliability = fiabilidade fraca
verdict-insensitive = pouco sensível
verdict-redundant = redundante
verdict-no_data = sem dados
verdict-not_assessed = detetabilidade não avaliada

## word
word-improved = Melhoria
word-declined = Declínio
word-stable = Estável
word-fluctuating = Oscilante
word-no_clear_change = Sem variação clara
word-no_comparison = Vagas insuficientes

## verdict_sentence
verdict_sentence-trend_sig = Ao longo de { $n } vagas, de { $first } a { $last }, a tendência é de { $estimate } { $unit } (intervalo ajustado { $lo } a { $hi }; { $q }).
verdict_sentence-trend_ns = Sem tendência clara ao longo de { $n } vagas, de { $first } a { $last }: compatível com um declive de { $lo } a { $hi } { $unit } (declive { $estimate }; { $q }).
verdict_sentence-trend_fluctuating = Sem tendência regular ao longo de { $n } vagas, de { $first } a { $last }, mas o nível variou entre vagas mais do que a margem de erro (declive médio { $estimate } { $unit }, intervalo ajustado { $lo } a { $hi }; { $q }).
verdict_sentence-trend_stable = Manteve-se estável ao longo de { $n } vagas, de { $first } a { $last }: a variação total no período, de { $eq_lo } a { $eq_hi } { $total_unit } (intervalo a 90%), situa-se dentro da faixa de ±{ $margin } considerada estável.
verdict_sentence-change_sig = De { $first } a { $last }: { $estimate } { $unit } (intervalo ajustado { $lo } a { $hi }; { $q }).
verdict_sentence-change_ns = Sem variação clara de { $first } a { $last }: compatível com qualquer valor entre { $lo } e { $hi } { $unit } (variação { $estimate }; { $q }).
verdict_sentence-change_stable = Manteve-se estável de { $first } a { $last }: a variação, de { $eq_lo } a { $eq_hi } { $unit } (intervalo a 90%), situa-se dentro da faixa de ±{ $margin } considerada estável.
verdict_sentence-none = Ainda não há vagas comparáveis suficientes para testar uma variação.
verdict_sentence-latest_change = Variação significativa mais recente: { $diff } { $unit } de { $from } a { $to } (intervalo ajustado { $lo } a { $hi }; { $q }).

## verdict_short
verdict_short-per_year = { $slope } por ano
verdict_short-stable = { $estimate } (intervalo a 90%: { $lo } a { $hi }, dentro de ±{ $margin })
verdict_short-stable_trend = variação total de { $lo } a { $hi } no período (intervalo a 90%), dentro de ±{ $margin }
verdict_short-latest_change = { $short }; variação mais recente { $diff } ({ $lo } a { $hi }), { $from } → { $to }
word_cell-latest_change = { $word }; variação mais recente { $diff } ({ $from } → { $to })

## reason
reason-alpha = α mediano { $alpha }
reason-significant = { $k } de { $n } variações significativas
reason-corr = |r| máximo { $r } (com { $other })
reason-rho = ρ com o Índice ICC { $rho }
reason-no_data = sem estimativa no repositório
reason-mdc_above = variação mínima detetável { $mdc } (potência de 80%, tendo em conta os outros indicadores testados em paralelo) superior à menor variação relevante ({ $mic }) e ao seu próprio movimento real entre vagas: não deteta nenhum dos dois
reason-mdc_above_moves = variação mínima detetável { $mdc } superior à menor variação relevante ({ $mic }), mas capta o seu próprio movimento real (entre vagas: DP { $sd }; ao longo do tempo: uma tendência típica de { $trend } por ano face a uma tendência detetável de { $dslope })
reason-mdc_within = variação mínima detetável { $mdc } (potência de 80%, tendo em conta os outros indicadores testados em paralelo), não superior à menor variação relevante ({ $mic })
reason-mdc_no_mic = variação mínima detetável { $mdc }; o conjunto não declara uma menor variação relevante (min_important_change)
reason-no_mdc = sem variação mínima detetável (sem erro de amostragem)
reason-detectable_slope = tendência detetável de { $slope } por ano (cinco ou mais vagas)
reason-true_change = DP da variação real entre vagas { $sd }
reason-responsiveness = responsividade { $r } (movimento real face ao ruído de uma variação; acima de 1, move-se mais do que o ruído de amostragem)

## finding
finding-survey = { $indicator } (inquérito municipal)

## gap
gap-sentence = { $indicator }, { $source } { $wave }: { $group } { $value }, { $reference } { $ref_value } — uma diferença de { $gap } { $unit } (intervalo ajustado { $lo } a { $hi }; { $q }).

## absent
absent-lead = Limites deste relatório: { $items }.
absent-barometer = sem vagas do barómetro para esta cidade (acrescente vagas do barómetro com kind = "barometer" na pasta dos inquéritos)
absent-peers = sem comparação com cidades semelhantes (requer outras cidades com os mesmos indicadores do barómetro)
absent-index_project = sem pontuações do Índice ICC neste projeto (acrescente data/index_scores.csv e indique-o em cohesion.toml)
absent-index_city = sem avaliação do Índice ICC para esta cidade (acrescente as suas pontuações ao ficheiro do Índice)
absent-gaps = sem comparação entre subgrupos (associe uma coluna [groups], como migrant_background, nos manifestos dos inquéritos)
absent-network_barometer = sem vagas do barómetro (acrescente vagas com kind = "barometer")
absent-network_surveys = sem indicadores de inquéritos municipais com dados (acrescente vagas de inquérito e indicadores de inquérito ao conjunto)
absent-composite = sem índice compósito (acrescente uma secção [composite] ao conjunto de indicadores)

## effects
effects-city_own = Avaliações antes/depois das atividades realizadas pela própria cidade ({ $city }): { $types }. O primeiro quadro descreve apenas as sessões desta cidade; o segundo agrega todas as cidades que realizaram os mesmos tipos de atividade, com um intervalo calculado sobre as suas atividades.
effects-city_pooled = { $city } não tem atividades próprias avaliadas. O quadro mostra o que revelaram as atividades das outras cidades da rede, agregadas entre cidades: { $types }.
effects-col_activities = Atividades
effects-col_change_ci = Variação (IC a 95% sobre as atividades)
effects-col_up_same_down = Melhorou / igual / piorou (%)
effects-note = Variação: a média de depois − antes nos participantes que responderam nos dois momentos, com um intervalo a 95% que trata a atividade como unidade (os participantes de uma mesma sessão não são independentes): um intervalo t robusto a agrupamentos (clusters) sobre as atividades. Melhorou / igual / piorou: percentagens desses participantes. Um resultado só é considerado significativo quando o teste nas mesmas bases — a variação média dividida pelo seu erro-padrão robusto a agrupamentos, t com o número de atividades − 1 graus de liberdade — dá q abaixo do limiar ({ $method } entre os resultados da mesma cidade; os resultados agregados entre cidades formam um grupo próprio), pelo que a palavra concorda sempre com o intervalo. O teste dos postos sinalizados de Wilcoxon ou o teste de McNemar e o r bisserial de postos (que conta quem não mudou) descrevem os participantes como se fossem independentes e nunca são o critério de decisão. Não há grupo de controlo: uma variação entre voluntários não prova que tenha sido causada pela atividade.
effects-single_activity = {"*"} Uma única atividade: não há variação entre atividades para estimar, pelo que não é possível indicar um intervalo.
effects-not_assessed = atividades insuficientes para avaliar
effects-item_scale = { $item } (escala { $lo }–{ $hi })
effects-few_activities = Menos de { $min } atividades: o intervalo é apresentado, mas não se avalia a significância (um teste com tão poucas atividades diz pouco).
effects-kruskal = { $item }: variação comparada entre tipos de atividade ({ $types }) com um teste de Kruskal–Wallis sobre a variação média de cada atividade, { $k } atividades ({ $n } pares de respostas), { $q }.
effects-network_by_city = As mesmas avaliações cidade a cidade: as sessões próprias de cada cidade. Com uma só atividade numa cidade, não há intervalo.
effects-by_city_table = Antes e depois, por cidade
effects-pooled_table = Os mesmos tipos de atividade, agregando todas as cidades que os realizaram

## networks
index-network_report = relatório da rede
networks-kind_national = rede nacional
networks-kind_cluster = agrupamento
networks-subtitle = { $project } · { $kind } de { $n ->
        [one] { $n } cidade
       *[other] { $n } cidades
    }
networks-members = Cidades-membros: { $cities }.
networks-too_few = Esta rede tem { $n } { $n ->
        [one] cidade-membro
       *[other] cidades-membros
    } no projeto: as estimativas da rede exigem pelo menos { $min }, porque uma média de duas cidades permitiria a cada uma deduzir o valor da outra. O relatório de cada membro apresenta os seus próprios números.
networks-intro = Os veredictos da rede usam os mesmos testes que os de uma cidade, nos anos em que os seus membros têm vagas do barómetro. «Cidade-membro típica» dá a cada cidade o mesmo peso; «Residentes das cidades-membros» pondera cada cidade pela sua população. Um membro sem vaga num ano fica excluído desse ano, nunca imputado; por isso, indica-se o número de cidades subjacente a cada ano. As cidades não são classificadas.
networks-weighting_unweighted = Cidade-membro típica
networks-weighting_population = Residentes das cidades-membros
networks-range = { $lo } a { $hi }
networks-verdicts_caption = Veredictos da rede e de cada cidade-membro
networks-verdicts_note = O intervalo da rede (um declive anual para uma tendência, uma diferença para uma variação) está ajustado ao número de indicadores testados.
networks-levels_caption = Níveis mais recentes da rede (intervalo a 95%)
networks-levels_note = Médias das estimativas do ano das cidades-membros; o intervalo combina os erros de amostragem independentes das cidades.
networks-year = Ano
networks-cities_with_value = Cidades com valor
networks-of_members = { $k } de { $n }
networks-range_trend = { $lo } a { $hi } por ano
networks-index_heading = Índice ICC por área
networks-index_caption = Média dos membros face a todas as cidades do projeto (avaliação mais recente de cada cidade)
networks-area = Área
networks-members_mean = Cidades-membros (média)
networks-all_mean = Todas as cidades (média)
networks-index_note = Áreas principais; avaliação mais recente de cada cidade. As avaliações feitas com versões diferentes do Índice não são estritamente comparáveis.

## Explorer (reports/explorer/<lang>/index.html): words the page needs before its script runs
explorer-language_name = Português
explorer-group_all = Todos os residentes
explorer-noscript = O explorador requer JavaScript. Os mesmos números constam dos relatórios das cidades e da rede.

explorer-title = Explorador da coesão
explorer-language = Língua
explorer-views = Vistas
explorer-view_time = Cidade ao longo do tempo
explorer-view_cities = Cidades lado a lado
explorer-view_gaps = Diferenças entre subgrupos
explorer-view_index = Índice ICC por área
explorer-view_composite = Índice compósito (investigadores)
explorer-no_data = Sem dados para esta escolha.
explorer-download_png = Descarregar PNG
explorer-download_svg = Descarregar SVG
explorer-download_csv = Descarregar CSV

explorer-set = Conjunto de indicadores
explorer-indicator = Indicador
explorer-city = Cidade
explorer-city_highlight = Destacar cidade
explorer-kind = Fonte
explorer-group = Grupo
explorer-compare = Comparar com
explorer-compare_none = (sem segundo grupo)
explorer-dim = Grupos comparados
explorer-peer = Grupo de pares
explorer-period = Período
explorer-period_latest = Vaga mais recente de cada cidade
explorer-sort = Ordem
explorer-sort_name = Por nome
explorer-sort_peer = Grupo de pares primeiro
explorer-composite = Pontuação compósita

explorer-title_time = { $indicator }: { $city }, { $group } ({ $source })
explorer-title_cities = { $indicator }: cidades lado a lado, { $group } ({ $source }; { $wave })
explorer-title_gaps = { $indicator }: diferenças por { $group }, { $city } ({ $source })
explorer-title_index = Índice ICC por área: { $city }
explorer-title_index_year = Índice ICC por área: { $city }, { $wave }
explorer-title_composite = { $indicator }: { $city }
explorer-summary_time = { $indicator }, { $city }, { $group }: pontos com intervalos a 95% para { $n } vagas, de { $from } a { $to }. Os números estão no quadro abaixo.
explorer-summary_cities = { $indicator } ({ $source }, { $group }): uma linha por cidade, pontos com intervalos a 95%; cidades apresentadas: { $n }. Os números estão no quadro abaixo.
explorer-summary_gaps = { $indicator }, { $city }: diferenças entre grupos ({ $group }) com intervalos a 95%; pontos: { $n }. Os números estão no quadro abaixo.
explorer-summary_index = Índice ICC, { $city }, { $wave }, por área, face à mediana e à metade central do grupo de pares; áreas: { $n }. Os números estão no quadro abaixo.
explorer-summary_composite = { $indicator }, { $city }, com o seu intervalo amostral a 95% e a banda de sensibilidade; vagas: { $n }. Os números estão no quadro abaixo.

explorer-axis_percent = % dos inquiridos
explorer-axis_score = pontuação (0–100)
explorer-axis_raw = média na escala da pergunta
explorer-axis_gap_percent = diferença em pontos percentuais
explorer-axis_gap_score = diferença em pontos (escala 0–100)
explorer-axis_gap_raw = diferença na escala da pergunta
explorer-axis_composite = pontuação compósita
explorer-legend_estimate = estimativa com intervalo a 95%
explorer-legend_break = quebra de série (passe o cursor ou selecione para ver a nota)
explorer-legend_members = { $group } (membros)
explorer-legend_median = mediana do grupo de pares
explorer-legend_iqr = metade central do grupo de pares
explorer-legend_sig = cheio: significativo após correção para comparações múltiplas
explorer-legend_notsig = vazio: não significativo
explorer-legend_score = pontuação compósita
explorer-legend_sampling = intervalo amostral a 95%
explorer-legend_band = banda de sensibilidade (não é um intervalo amostral)
explorer-diff_to = { $group }: diferença face a { $value }
explorer-other_cities = Outras cidades
explorer-too_few = respostas insuficientes
explorer-flag_short = ‡ interpretar com cautela
explorer-label_value = { $group }: { $value }

explorer-tip_value = { $wave }: { $value }
explorer-tip_interval = intervalo a 95%: { $lo } a { $hi }
explorer-tip_adjusted = intervalo ajustado: { $lo } a { $hi }
explorer-tip_n = n = { $n }
explorer-tip_verdict = veredicto: { $value }
explorer-tip_sig = significativo após correção ({ $q })
explorer-tip_notsig = não significativo após correção ({ $q })
explorer-not_tested = não testado
explorer-tip_member = no grupo de pares
explorer-tip_median = mediana do grupo de pares: { $value }
explorer-tip_iqr = metade central do grupo de pares: { $lo } a { $hi }
explorer-tip_position = posição: { $value }
explorer-tip_n_peers = pares com dados: { $n }
explorer-tip_sampling = intervalo amostral a 95%: { $lo } a { $hi }
explorer-tip_band = banda de sensibilidade: { $lo } a { $hi }

explorer-verdict = Veredicto
explorer-no_verdict = Sem veredicto para esta escolha.
explorer-break = Quebra de série entre { $from } e { $to }: { $value }
explorer-break_plain = Quebra de série entre { $from } e { $to }.
explorer-n_range_wave = n = { $lo }–{ $hi } por vaga
explorer-n_one_wave = n = { $n } por vaga
explorer-n_range_city = n = { $lo }–{ $hi } por cidade
explorer-n_one_city = n = { $n } por cidade
explorer-missing_cities = Cidades sem valor para esta escolha: { $n }.
explorer-peer_note = A mediana e a metade central do grupo de pares mostram onde se situam cidades semelhantes. Não são uma classificação.
explorer-peer_too_few = Há demasiado poucas cidades comparáveis com valor: não é possível mostrar a mediana nem a metade central do grupo de pares.
explorer-peer_group = Grupo de pares: { $group }.
explorer-peer_caption = { $city } face ao seu grupo de pares ({ $wave })
explorer-peer_latest_only = O grupo de pares só é apresentado com a vaga mais recente de cada cidade: escolha «{ $value }» em Período para o ver.
explorer-peer_all_only = Os grupos de pares só são comparados para todos os residentes: escolha «{ $group }» em Grupo para ver o grupo de pares.
explorer-gap_note = Pontos cheios: significativos após correção para comparações múltiplas (q < { $q }). Correção: { $value }. Os intervalos ajustados estão no quadro.
explorer-index_note = As pontuações do Índice ICC provêm de uma avaliação, não de uma amostra: não têm intervalo amostral, pelo que nenhum é desenhado.
explorer-composite_note = Para investigadores. O intervalo amostral a 95% provém dos pesos replicados de cada vaga. A banda de sensibilidade mostra quanto a pontuação varia quando o índice compósito é construído de outra forma (normalização, ponderação, agregação); não é um intervalo amostral. Um índice compósito não mostra quais os indicadores que variaram.

explorer-col_group = Grupo
explorer-col_reference = Comparado com
explorer-col_wave = Vaga
explorer-col_city = Cidade
explorer-col_area = Área
explorer-col_n = n
explorer-col_estimate = Estimativa
explorer-col_lo = Intervalo a 95%, de
explorer-col_hi = Intervalo a 95%, até
explorer-col_alo = Intervalo ajustado, de
explorer-col_ahi = Intervalo ajustado, até
explorer-col_gap = Diferença
explorer-col_sig = Significativo após correção
explorer-col_note = Nota
explorer-col_member = No grupo de pares
explorer-col_city_value = Valor da cidade
explorer-col_score = Pontuação
explorer-col_median = Mediana do grupo de pares
explorer-col_q1 = Metade central do grupo de pares, de
explorer-col_q3 = Metade central do grupo de pares, até
explorer-col_n_peers = Pares com dados
explorer-col_other_mode = Pares inquiridos noutro modo
explorer-col_position = Posição
explorer-col_blo = Banda de sensibilidade, de
explorer-col_bhi = Banda de sensibilidade, até
explorer-yes = sim
explorer-no = não
