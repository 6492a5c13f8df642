-module(wordcount).
-export([main/0]).

main() ->
    Words = mini@list:flat_map(init:get_plain_arguments(), fun mini@string:words/1),
    mini@io:println(wordcount@report:summary(Words)),
    nil.
