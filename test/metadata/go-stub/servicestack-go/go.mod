module github.com/ServiceStack/servicestack-go

go 1.19
