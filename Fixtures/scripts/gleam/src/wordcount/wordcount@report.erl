-module(wordcount@report).
-export([summary/1]).

summary(Words) ->
    Count = erlang:integer_to_binary(erlang:length(Words)),
    Longest = mini@list:fold(Words, <<>>, fun longer/2),
    <<Count/binary, " words, longest: ", Longest/binary>>.

longer(Word, Best) ->
    case erlang:byte_size(Word) > erlang:byte_size(Best) of
        true -> Word;
        false -> Best
    end.
