suppressPackageStartupMessages(library(metafor))
cat("packageVersion(metafor):", as.character(packageVersion("metafor")), "\n")
si <- sessionInfo()
print(head(capture.output(print(si)), 4))
f <- function(x) sprintf("%.12g", x)
series <- list(
  A = list(name="five wave rise", t=c(0,1,2,3,4), yi=c(30,40,38,45,50), se=rep(2,5)),
  B = list(name="homogeneous", t=0:5, yi=c(50.2,50.9,51.1,52.3,52.2,53.4), se=c(1.5,1.4,1.6,1.5,1.3,1.5)),
  C = list(name="heterogeneous zigzag", t=0:5, yi=c(40,50,40,50,40,50), se=rep(1.5,6)),
  D = list(name="tau2 boundary zero, irregular waves", t=c(0,0.75,2.1,3.0,4.6), yi=c(60.0,60.1,59.9,60.2,60.0), se=c(2.0,2.5,1.8,2.2,3.0)),
  E = list(name="12 waves unequal SEs", t=seq(0,5.5,by=0.5), yi=c(20.1,21.5,19.8,23.0,24.2,22.9,25.5,27.1,24.8,28.3,29.0,27.6), se=c(1.0,2.0,1.2,0.8,1.5,2.5,1.1,0.9,1.3,2.2,1.0,1.7)),
  F = list(name="steady decline", t=0:4, yi=c(70,66,63,58,55), se=c(1.8,1.9,2.0,1.7,1.8)),
  G = list(name="flat with noise, large k", t=0:9, yi=c(45.0,45.4,44.8,45.2,44.9,45.1,45.3,44.7,45.0,45.2), se=rep(0.8,10))
)
for (id in names(series)) {
  s <- series[[id]]
  cat("\n=== Series", id, "(", s$name, ") ===\n")
  d <- data.frame(t=s$t, yi=s$yi, se=s$se)
  res <- tryCatch(rma(yi, sei=se, mods=~t, data=d, method="REML", test="knha"), error=function(e) e)
  if (inherits(res, "error")) { cat("KNHA ERROR:", conditionMessage(res), "\n") } else {
    cat("[REML + knha]\n")
    cat("tau2         =", f(res$tau2), "\n")
    cat("slope        =", f(coef(res)[2]), "\n")
    cat("slope_se     =", f(res$se[2]), "\n")
    cat("t            =", f(res$zval[2]), "\n")
    cat("df           =", f(res$dfs), "\n")
    cat("p            =", f(res$pval[2]), "\n")
    cat("ci_lb        =", f(res$ci.lb[2]), "\n")
    cat("ci_ub        =", f(res$ci.ub[2]), "\n")
    cat("QE           =", f(res$QE), "\n")
    cat("QEp          =", f(res$QEp), "\n")
    cat("intercept    =", f(coef(res)[1]), "\n")
    cat("intercept_se =", f(res$se[1]), "\n")
  }
  rz <- tryCatch(rma(yi, sei=se, mods=~t, data=d, method="REML", test="z"), error=function(e) e)
  if (inherits(rz, "error")) { cat("Z ERROR:", conditionMessage(rz), "\n") } else {
    cat("[REML + z]\n")
    cat("tau2         =", f(rz$tau2), "\n")
    cat("slope        =", f(coef(rz)[2]), "\n")
    cat("slope_se     =", f(rz$se[2]), "\n")
    cat("p            =", f(rz$pval[2]), "\n")
  }
}
