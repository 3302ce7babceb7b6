# Exports the public R data used by the stats tests: columns of R survey's `api` data
# (data(api), survey 4.1-1, R 4.2.2) for survey.rs, and datasets::attitude. Rscript api_export.R
suppressMessages(library(survey))
data(api)
code <- function(f) as.integer(factor(f)) - 1L
write.csv(data.frame(stype = code(apistrat$stype), pw = sprintf("%.17g", apistrat$pw),
                     api00 = apistrat$api00, sch_wide = as.integer(apistrat$sch.wide == "Yes"),
                     ell = apistrat$ell),
          "api_strat.csv", row.names = FALSE, quote = FALSE)
write.csv(data.frame(dnum = apiclus1$dnum, pw = sprintf("%.17g", apiclus1$pw),
                     api00 = apiclus1$api00, stype = code(apiclus1$stype)),
          "api_clus1.csv", row.names = FALSE, quote = FALSE)
write.csv(data.frame(dnum = apiclus2$dnum, pw = sprintf("%.17g", apiclus2$pw),
                     api00 = apiclus2$api00),
          "api_clus2.csv", row.names = FALSE, quote = FALSE)
# R datasets::attitude (30 x 7), read by scipy_reference.py for the pingouin cross-check.
write.csv(datasets::attitude, "attitude.csv", row.names = FALSE)
