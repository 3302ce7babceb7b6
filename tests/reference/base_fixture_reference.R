# Reference numbers for tests/ingest.rs: tests/fixtures/base, wave alpha-2023.
# R 4.2.2, survey 4.1-1. Run: Rscript tests/reference/base_fixture_reference.R
library(survey)
options(digits = 15)
x <- read.csv("tests/fixtures/base/data/surveys/alpha-2023/responses.csv")
x$Q12[x$Q12 %in% c(-9, 98, 99)] <- NA
x$pomp <- x$Q12 / 10 * 100                      # trust_people on [0, 10] -> POMP
x$belong_agree <- 100 * as.numeric(x$Q3 %in% c(1, 2))   # agree = [1, 2] in local codes
x$belong_agree[is.na(x$Q3)] <- NA
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~wgt, data = x, nest = TRUE)
m <- svymean(~pomp, des, na.rm = TRUE)
b <- svymean(~belong_agree, des, na.rm = TRUE)
cat(sprintf("survey_trust all %.12f se %.12f\n", coef(m), SE(m)))
cat(sprintf("survey_belonging all %.12f se %.12f\n", coef(b), SE(b)))
