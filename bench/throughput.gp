# Throughput against document size, one line per contender (bench/run writes the data).
#   gnuplot -e "data='throughput.dat'; out='throughput.png'" bench/throughput.gp
set terminal pngcairo size 900,560 noenhanced
set output out
set title "SendItem requests with 1 to 10,000 ItemIds, one thread"
set xlabel "document size (bytes)"
set ylabel "throughput (MB/s)"
set logscale xy
set grid
set key top left
plot data using 1:2 with linespoints lw 2 title "ewsxsd: validate + bind (Xerces-C++ 3.2, CodeSynthesis XSD)", \
     data using 1:3 with linespoints lw 2 title "libxml2: validate only (xmlSchemaValidateDoc)", \
     data using 1:4 with linespoints lw 2 title "pugixml: parse only, no validation"
