%% The queue module (FIFO operations, both ends, reversal, filtering) and the
%% array module (fixed and growable arrays, defaults, sparse folds).
-module(otp_queue_array).
-export([main/0]).

main() ->
    Q0 = queue:from_list([1, 2, 3]),
    Q1 = queue:in(4, Q0),
    Q2 = queue:in_r(0, Q1),
    {{value, H}, Q3} = queue:out(Q2),
    {{value, T}, Q4} = queue:out_r(Q3),
    A0 = array:new(5, [{default, z}]),
    A1 = array:set(2, two, A0),
    A2 = array:set(10, ten, array:new()),
    [queue:to_list(Q2), H, T, queue:to_list(Q4), queue:len(Q4), queue:is_empty(queue:new()),
     queue:out(queue:new()), queue:to_list(queue:reverse(Q4)), queue:to_list(queue:filter(fun(X) -> X > 1 end, Q4)),
     queue:peek(Q4), queue:peek_r(Q4), queue:member(2, Q4), queue:to_list(queue:join(Q0, Q0)),
     array:to_list(A1), array:size(A1), array:get(2, A1), array:get(4, A1), array:size(A2),
     array:get(3, A2), array:sparse_to_orddict(A2), array:foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A1),
     array:to_list(array:map(fun(_, V) -> {V} end, array:from_list([a, b]))),
     try array:set(7, x, array:fix(A0)) catch error:E -> {error, E} end].
