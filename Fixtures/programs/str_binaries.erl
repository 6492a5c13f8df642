%% Strings as binaries: concatenation, prefix/suffix tests by matching,
%% splitting with binary:split, case mapping with comprehensions, and
%% byte-wise comparison.
-module(str_binaries).
-export([main/0]).

main() ->
    B = id(<<"key1=value1;key2=value2;flag">>),
    Parts = binary:split(B, <<";">>, [global]),
    [Parts, [kv(P) || P <- Parts], starts_with(B, <<"key1">>), starts_with(B, <<"key2">>),
     ends_with(B, <<"flag">>), upper(B), <<B/binary, "!">>,
     join([<<"a">>, <<"b">>, <<"c">>], <<", ">>), reverse(<<"hello">>),
     trim(id(<<"  padded  ">>)), repeat(<<"ab">>, 4), byte_size(repeat(<<"x">>, 1000)),
     <<"abc">> < <<"abd">>, <<"abc">> < <<"ab">>, to_int(<<"12345">>, 0),
     binary:replace(B, <<"=">>, <<": ">>, [global])].

kv(P) ->
    case binary:split(P, <<"=">>) of
        [K, V] -> {K, V};
        [K] -> {K, true}
    end.

starts_with(B, P) ->
    S = byte_size(P),
    case B of
        <<P:S/binary, _/binary>> -> true;
        _ -> false
    end.

ends_with(B, P) ->
    S = byte_size(B) - byte_size(P),
    case B of
        <<_:S/binary, P/binary>> -> true;
        _ -> false
    end.

upper(B) -> << <<(if C >= $a, C =< $z -> C - 32; true -> C end)>> || <<C>> <= B >>.

join([], _) -> <<>>;
join([X], _) -> X;
join([X | Xs], Sep) -> <<X/binary, Sep/binary, (join(Xs, Sep))/binary>>.

reverse(B) -> reverse(B, <<>>).
reverse(<<>>, Acc) -> Acc;
reverse(<<C, R/binary>>, Acc) -> reverse(R, <<C, Acc/binary>>).

trim(<<" ", R/binary>>) -> trim(R);
trim(B) -> trim_right(B).
trim_right(B) ->
    case byte_size(B) of
        0 -> B;
        N ->
            case binary:last(B) of
                $\s -> trim_right(binary:part(B, 0, N - 1));
                _ -> B
            end
    end.

repeat(_, 0) -> <<>>;
repeat(B, N) -> <<B/binary, (repeat(B, N - 1))/binary>>.

to_int(<<>>, Acc) -> Acc;
to_int(<<D, R/binary>>, Acc) when D >= $0, D =< $9 -> to_int(R, Acc * 10 + D - $0).

id(X) -> X.
