{module,cmp_compound}.
{exports,[{main,0},{module_info,0},{module_info,1}]}.
{attributes,[]}.
{labels,11}.
{function,main,0,2}.
{label,1}.
{line,[{location,"cmp_compound.erl",7}]}.
{func_info,{atom,cmp_compound},{atom,main},0}.
{label,2}.
{allocate,23,0}.
{init_yregs,{list,[{y,0},{y,1},{y,2},{y,3},{y,4},{y,5},{y,6},{y,7},{y,8},{y,9},{y,10},{y,11},{y,12},{y,13},{y,14},{y,15},{y,16},{y,17},{y,18},{y,19},{y,20},{y,21},{y,22}]}}.
{move,{literal,{1,2,4}},{x,1}}.
{move,{literal,{1,2,3}},{x,0}}.
{line,[{location,"cmp_compound.erl",9}]}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,22}}.
{move,{literal,{1,1}},{x,1}}.
{move,{literal,{9}},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,21}}.
{move,{literal,{1,2}},{x,1}}.
{move,{literal,{1,2.0}},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,20}}.
{move,{literal,[1,2,3]},{x,1}}.
{move,{literal,[1,2]},{x,0}}.
{line,[{location,"cmp_compound.erl",10}]}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,19}}.
{move,{literal,[1,2,3]},{x,1}}.
{move,{literal,[2]},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,18}}.
{move,{literal,[1,{2.0}]},{x,1}}.
{move,{literal,[1,{2}]},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,17}}.
{move,{literal,"abd"},{x,1}}.
{move,{literal,"abc"},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,16}}.
{move,{literal,#{a => 1,b => 2}},{x,1}}.
{move,{literal,#{a => 1}},{x,0}}.
{line,[{location,"cmp_compound.erl",11}]}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,15}}.
{move,{literal,#{b => 1}},{x,1}}.
{move,{literal,#{a => 2}},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,14}}.
{move,{literal,#{a => 2}},{x,1}}.
{move,{literal,#{a => 1}},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,13}}.
{move,{literal,#{1.0 => a}},{x,1}}.
{move,{literal,#{1 => a}},{x,0}}.
{line,[{location,"cmp_compound.erl",12}]}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,12}}.
{move,{literal,#{a => 1.0}},{x,1}}.
{move,{literal,#{a => 1}},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,11}}.
{move,{literal,#{a => 2}},{x,1}}.
{move,{literal,#{b => 1}},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,10}}.
{move,{literal,#{a => x}},{x,1}}.
{move,{literal,#{1 => x}},{x,0}}.
{line,[{location,"cmp_compound.erl",13}]}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,9}}.
{move,{literal,#{2 => x}},{x,1}}.
{move,{literal,#{1.0 => x}},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,8}}.
{move,{literal,<<1,2>>},{x,1}}.
{move,{literal,<<1,2,3>>},{x,0}}.
{line,[{location,"cmp_compound.erl",14}]}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,7}}.
{move,{literal,<<1>>},{x,1}}.
{move,{literal,<<1:4>>},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,6}}.
{move,{literal,<<>>},{x,1}}.
{move,{literal,<<0:1>>},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,5}}.
{move,{literal,<<1,0>>},{x,1}}.
{move,{literal,<<"ÿ">>},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,4}}.
{move,{literal,[a|c]},{x,1}}.
{move,{literal,[a|b]},{x,0}}.
{line,[{location,"cmp_compound.erl",15}]}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,3}}.
{move,{literal,[a,b]},{x,1}}.
{move,{literal,[a|b]},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,2}}.
{move,{literal,{[1.0]}},{x,1}}.
{move,{literal,{[1]}},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,1}}.
{move,{literal,#{{1,2.0} => [3]}},{x,1}}.
{move,{literal,#{{1,2} => [3]}},{x,0}}.
{line,[{location,"cmp_compound.erl",16}]}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{move,{x,0},{y,0}}.
{move,{literal,[[],[]]},{x,1}}.
{move,{literal,[[]]},{x,0}}.
{call,2,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[false,true]},2 => {t_atom,[false,true]},3 => {t_atom,[false,true]}}}}]}}.
{test_heap,48,1}.
{put_list,{x,0},nil,{x,0}}.
{put_list,{y,0},{x,0},{x,0}}.
{put_list,{y,1},{x,0},{x,0}}.
{put_list,{y,2},{x,0},{x,0}}.
{put_list,{y,3},{x,0},{x,0}}.
{put_list,{y,4},{x,0},{x,0}}.
{put_list,{y,5},{x,0},{x,0}}.
{put_list,{y,6},{x,0},{x,0}}.
{put_list,{y,7},{x,0},{x,0}}.
{put_list,{y,8},{x,0},{x,0}}.
{put_list,{y,9},{x,0},{x,0}}.
{put_list,{y,10},{x,0},{x,0}}.
{put_list,{y,11},{x,0},{x,0}}.
{put_list,{y,12},{x,0},{x,0}}.
{put_list,{y,13},{x,0},{x,0}}.
{put_list,{y,14},{x,0},{x,0}}.
{put_list,{y,15},{x,0},{x,0}}.
{put_list,{y,16},{x,0},{x,0}}.
{put_list,{y,17},{x,0},{x,0}}.
{put_list,{y,18},{x,0},{x,0}}.
{put_list,{y,19},{x,0},{x,0}}.
{put_list,{y,20},{x,0},{x,0}}.
{put_list,{y,21},{x,0},{x,0}}.
{put_list,{y,22},{x,0},{x,0}}.
{deallocate,23}.
return.
{function,id,1,4}.
{label,3}.
{line,[{location,"cmp_compound.erl",18}]}.
{func_info,{atom,cmp_compound},{atom,id},1}.
{label,4}.
return.
{function,module_info,0,6}.
{label,5}.
{line,[]}.
{func_info,{atom,cmp_compound},{atom,module_info},0}.
{label,6}.
{move,{atom,cmp_compound},{x,0}}.
{call_ext_only,1,{extfunc,erlang,get_module_info,1}}.
{function,module_info,1,8}.
{label,7}.
{line,[]}.
{func_info,{atom,cmp_compound},{atom,module_info},1}.
{label,8}.
{move,{x,0},{x,1}}.
{move,{atom,cmp_compound},{x,0}}.
{call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
{function,'-main/0-fun-0-',2,10}.
{label,9}.
{line,[{location,"cmp_compound.erl",8}]}.
{func_info,{atom,cmp_compound},{atom,'-main/0-fun-0-'},2}.
{label,10}.
{allocate,4,2}.
{init_yregs,{list,[{y,0},{y,1}]}}.
{move,{x,0},{y,2}}.
{move,{x,1},{y,3}}.
{call,1,{f,4}}.
{move,{x,0},{y,1}}.
{move,{y,3},{x,0}}.
{call,1,{f,4}}.
{bif,'<',{f,0},[{y,1},{x,0}],{y,1}}.
{move,{y,2},{x,0}}.
{call,1,{f,4}}.
{move,{x,0},{y,0}}.
{move,{y,3},{x,0}}.
{call,1,{f,4}}.
{bif,'==',{f,0},[{y,0},{x,0}],{y,0}}.
{move,{y,2},{x,0}}.
{move,{y,0},{y,2}}.
{trim,1,3}.
{call,1,{f,4}}.
{swap,{y,2},{x,0}}.
{call,1,{f,4}}.
{test_heap,4,1}.
{bif,'=:=',{f,0},[{y,2},{x,0}],{x,0}}.
{put_tuple2,{x,0},{list,[{y,0},{y,1},{x,0}]}}.
{deallocate,3}.
return.
