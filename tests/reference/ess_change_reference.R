# Reference numbers for tests/realdata.rs: Norway, ESS round 9 -> round 10, "cultural life
# enriched by immigrants" (imueclt, 0-10) as a mean; independent samples, so the change SE is
# sqrt(se9^2 + se10^2). R 4.2.2, survey 4.1-1. Run from the repo root:
#   Rscript tests/reference/ess_change_reference.R ../shared/realdata/ess
library(survey)
options(survey.lonely.psu = "adjust", digits = 15)
dir <- commandArgs(trailingOnly = TRUE)[1]
e9 <- read.csv(file.path(dir, "ESS_r8r9_NO_GB_RU_cohesion_extract.csv"))
e9 <- e9[e9$cntry == "NO", ]
e10 <- read.csv(file.path(dir, "ESS10NO_stevedata.csv"))
m <- function(x) {
  d <- svydesign(ids = ~psu, strata = ~stratum, weights = ~pspwght, data = x, nest = TRUE)
  svymean(~imueclt, d, na.rm = TRUE)
}
a <- m(e9); b <- m(e10)
diff <- coef(b) - coef(a); se <- sqrt(SE(a)^2 + SE(b)^2); z <- diff / se
cat(sprintf("ESS9 %.12f se %.12f\nESS10 %.12f se %.12f\ndiff %.12f se %.12f z %.12f p %.12g\n",
            coef(a), SE(a), coef(b), SE(b), diff, se, z, 2 * pnorm(-abs(z))))

# Design degrees of freedom (docs/METHODS.md): R degf() of each round's design restricted to the
# respondents with a value, and the change's t-test on df9 + df10 with its 95% interval.
dfun <- function(x) {
  d <- svydesign(ids = ~psu, strata = ~stratum, weights = ~pspwght, data = x, nest = TRUE)
  degf(subset(d, !is.na(imueclt)))
}
df9 <- dfun(e9); df10 <- dfun(e10); df <- df9 + df10
tt <- diff / se
cat(sprintf("df9 %d df10 %d df %d t %.12f p %.12g ci %.12f %.12f\n", df9, df10, df, tt,
            2 * pt(-abs(tt), df), diff - qt(0.975, df) * se, diff + qt(0.975, df) * se))
