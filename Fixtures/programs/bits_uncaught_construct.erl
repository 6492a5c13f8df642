%% A binary construction failing with nothing to catch it: the process ends
%% with badarg raised from the constructing function itself.
-module(bits_uncaught_construct).
-export([main/0]).

main() ->
    Size = id(16),
    build(id(<<"head">>), Size, id(not_an_integer)).

build(Head, Size, Value) ->
    <<Head/binary, Value:Size/little>>.

id(X) -> X.
