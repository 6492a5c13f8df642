{module,list_improper}.
{exports,[{main,0},{module_info,0},{module_info,1}]}.
{attributes,[]}.
{labels,20}.
{function,main,0,2}.
{label,1}.
{line,[{location,"list_improper.erl",6}]}.
{func_info,{atom,list_improper},{atom,main},0}.
{label,2}.
{allocate,12,0}.
{init_yregs,{list,[{y,0},{y,1},{y,2},{y,3},{y,4},{y,5},{y,6},{y,7},{y,8},{y,9},{y,10},{y,11}]}}.
{move,{literal,[1,2|3]},{x,0}}.
{line,[{location,"list_improper.erl",7}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}]}}.
{get_tl,{x,0},{x,1}}.
{line,[{location,"list_improper.erl",8}]}.
{bif,tl,{f,0},[{tr,{x,1},{t_union,none,{t_list,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}},number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}],{y,10}}.
{move,{x,0},{y,9}}.
{call,1,{f,11}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_union,{t_atom,[proper_end]},none,none,[{{2,{t_atom,[elem]}},{t_tuple,2,true,#{1 => {t_atom,[elem]},2 => {t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}}}}},{{2,{t_atom,[tail]}},{t_tuple,2,true,#{1 => {t_atom,[tail]},2 => {t_union,none,none,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}}],none},nil}}]}}.
{move,{x,0},{y,8}}.
{move,{literal,[a|{b}]},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}]}}.
{move,{x,0},{y,7}}.
{move,{literal,[1|<<2>>]},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}]}}.
{move,{x,0},{y,6}}.
{move,{literal,[1,2,3]},{x,0}}.
{line,[{location,"list_improper.erl",9}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}]}}.
{bif,'<',{f,0},[{tr,{y,9},{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}},{tr,{x,0},{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}],{y,5}}.
{move,{literal,[1,2|3.0]},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}]}}.
{bif,'==',{f,0},[{tr,{y,9},{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}},{tr,{x,0},{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}],{y,4}}.
{move,{literal,[1,2|3.0]},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}]}}.
{bif,'=:=',{f,0},[{tr,{y,9},{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}},{tr,{x,0},{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}],{y,3}}.
{move,{literal,[<<"ab">>|<<"cd">>]},{x,0}}.
{line,[{location,"list_improper.erl",10}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}]}}.
{call_ext,1,{extfunc,erlang,iolist_to_binary,1}}.
{move,{x,0},{y,2}}.
{'try',{y,11},{f,3}}.
{line,[{location,"list_improper.erl",11}]}.
{gc_bif,length,{f,0},0,[{tr,{y,9},{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}],{x,0}}.
{try_end,{y,11}}.
{move,{x,0},{y,1}}.
{jump,{f,4}}.
{label,3}.
{try_case,{y,11}}.
{test,is_eq_exact,{f,9},[{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
{move,{x,1},{y,1}}.
{label,4}.
{'try',{y,11},{f,5}}.
{move,{y,9},{x,0}}.
{line,[{scope,[6,7]},{location,"list_improper.erl",12}]}.
{call_ext,1,{extfunc,lists,reverse,1}}.
{try_end,{y,11}}.
{move,{x,0},{y,0}}.
{jump,{f,6}}.
{label,5}.
{try_case,{y,11}}.
{test,is_eq_exact,{f,9},[{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
{move,{x,1},{y,0}}.
{label,6}.
{'try',{y,11},{f,7}}.
{move,{literal,[4]},{x,1}}.
{move,{y,9},{x,0}}.
{line,[{scope,[3,4]},{location,"list_improper.erl",13}]}.
{call_ext,2,{extfunc,erlang,'++',2}}.
{try_end,{y,11}}.
{jump,{f,8}}.
{label,7}.
{try_case,{y,11}}.
{test,is_eq_exact,{f,9},[{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
{move,{x,1},{x,0}}.
{label,8}.
{test_heap,30,1}.
{put_list,{x,0},nil,{x,0}}.
{put_list,{y,0},{x,0},{x,0}}.
{put_list,{y,1},{x,0},{x,0}}.
{put_list,{y,2},{x,0},{x,0}}.
{put_list,{atom,true},{x,0},{x,0}}.
{put_list,{y,3},{x,0},{x,0}}.
{put_list,{y,4},{x,0},{x,0}}.
{put_list,{y,5},{x,0},{x,0}}.
{put_list,{y,6},{x,0},{x,0}}.
{put_list,{y,7},{x,0},{x,0}}.
{put_list,{literal,[[]]},{x,0},{x,0}}.
{put_list,{literal,[a|b]},{x,0},{x,0}}.
{put_list,{y,8},{x,0},{x,0}}.
{put_list,{y,10},{x,0},{x,0}}.
{put_list,{y,9},{x,0},{x,0}}.
{deallocate,12}.
return.
{label,9}.
{bif,raise,{f,0},[{x,2},{x,1}],{x,0}}.
{function,walk,1,11}.
{label,10}.
{line,[{location,"list_improper.erl",15}]}.
{func_info,{atom,list_improper},{atom,walk},1}.
{label,11}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_list,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}},number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}]}}.
{test,is_nonempty_list,{f,12},[{x,0}]}.
{allocate,1,1}.
{get_list,{x,0},{y,0},{x,0}}.
{call,1,{f,11}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_union,{t_atom,[proper_end]},none,none,[{{2,{t_atom,[elem]}},{t_tuple,2,true,#{1 => {t_atom,[elem]},2 => {t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}}}}},{{2,{t_atom,[tail]}},{t_tuple,2,true,#{1 => {t_atom,[tail]},2 => {t_union,none,none,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}}],none},nil}}]}}.
{test_heap,5,1}.
{put_tuple2,{x,1},{list,[{atom,elem},{y,0}]}}.
{put_list,{x,1},{x,0},{x,0}}.
{deallocate,1}.
return.
{label,12}.
{test,is_nil,{f,13},[{tr,{x,0},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}]}.
{move,{literal,[proper_end]},{x,0}}.
return.
{label,13}.
{test_heap,5,1}.
{put_tuple2,{x,0},{list,[{atom,tail},{x,0}]}}.
{put_list,{x,0},nil,{x,0}}.
return.
{function,id,1,15}.
{label,14}.
{line,[{location,"list_improper.erl",19}]}.
{func_info,{atom,list_improper},{atom,id},1}.
{label,15}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_union,{t_atom,[a]},none,{t_integer,{1,3}},none,{t_bitstring,16}},{t_union,none,nil,number,[{{1,{t_atom,[b]}},{t_tuple,1,true,#{1 => {t_atom,[b]}}}}],{t_bitstring,8}}}}]}}.
return.
{function,module_info,0,17}.
{label,16}.
{line,[]}.
{func_info,{atom,list_improper},{atom,module_info},0}.
{label,17}.
{move,{atom,list_improper},{x,0}}.
{call_ext_only,1,{extfunc,erlang,get_module_info,1}}.
{function,module_info,1,19}.
{label,18}.
{line,[]}.
{func_info,{atom,list_improper},{atom,module_info},1}.
{label,19}.
{move,{x,0},{x,1}}.
{move,{atom,list_improper},{x,0}}.
{call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
