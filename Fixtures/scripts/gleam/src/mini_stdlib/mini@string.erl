-module(mini@string).
-export([words/1, uppercase/1]).

words(Text) when is_list(Text) -> words(unicode:characters_to_binary(Text));
words(Text) -> [W || W <- binary:split(Text, [<<" ">>, <<"\t">>], [global]), W =/= <<>>].

uppercase(Text) -> string:uppercase(Text).
