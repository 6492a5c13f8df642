%% Selective receive: messages are taken out of order by pattern, the rest
%% stay in the mailbox in arrival order; receive ... after 0 drains the
%% mailbox; guards in receive clauses.
-module(recv_selective).
-export([main/0]).

main() ->
    Self = self(),
    [Self ! M || M <- [{low, 1}, {high, 2}, {low, 3}, {high, 4}, other, {low, 5}]],
    H1 = receive {high, X1} -> X1 end,
    H2 = receive {high, X2} -> X2 end,
    Big = receive {low, N} when N > 2 -> N end,
    Rest = drain([]),
    Empty = receive Any -> {unexpected, Any} after 0 -> empty end,
    [H1, H2, Big, Rest, Empty, priority()].

drain(Acc) ->
    receive
        M -> drain([M | Acc])
    after 0 ->
        lists:reverse(Acc)
    end.

priority() ->
    Self = self(),
    [Self ! {prio, P, I} || {P, I} <- [{2, a}, {1, b}, {3, c}, {1, d}]],
    take_prio([1, 2, 3], []).

take_prio([], Acc) -> lists:reverse(Acc);
take_prio([P | Ps] = All, Acc) ->
    receive
        {prio, P, I} -> take_prio(All, [I | Acc])
    after 0 ->
        take_prio(Ps, Acc)
    end.
