-module(mini@list).
-export([flat_map/2, fold/3, reverse/1]).

flat_map(List, Fun) -> lists:append([Fun(X) || X <- List]).

fold([], Acc, _) -> Acc;
fold([X | Rest], Acc, Fun) -> fold(Rest, Fun(X, Acc), Fun).

reverse(List) -> lists:reverse(List).
