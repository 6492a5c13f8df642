{application,wordcount,[{vsn,"1.0.0"},{applications,[kernel,stdlib,mini_stdlib]},{description,"Counts words"},{modules,[wordcount,wordcount@report]},{registered,[]}]}.
