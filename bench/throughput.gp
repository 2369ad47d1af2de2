# Throughput against document size, one line per contender (bench/run writes the data).
#   gnuplot -e "data='throughput.dat'; out='throughput.png'" bench/throughput.gp
set terminal pngcairo size 900,620 noenhanced
set output out
set title "SendItem requests with 1 to 10,000 ItemIds, one thread"
set xlabel "document size (bytes)"
set ylabel "throughput (MB/s)"
set logscale xy
set grid
set key below
plot data using 1:2 with linespoints lw 2 title "ewsxsd: validate + bind (Xerces-C++ 3.2, CodeSynthesis XSD)", \
     data using 1:4 with linespoints lw 2 title "libxml2: validate only (xmlSchemaValidateDoc)", \
     data using 1:5 with linespoints lw 2 title "expat: parse only, no validation (the floor for a conforming SAX parser)", \
     data using 1:6 with linespoints lw 2 title "libxml2 SAX2: parse only, no validation (the other conforming SAX parser)", \
     data using 1:7 with linespoints lw 2 title "pugixml: parse only, no validation, not a conforming parser", \
     100 with lines dt 2 lc rgb "gray40" title "target for ewsxsd at 10,000 ItemIds: 100 MB/s"
