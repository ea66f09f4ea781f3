package com.csdesk.web.desk;

import com.csdesk.orders.OrderDesk;
import com.csdesk.orders.OrderDesk.WarehouseTask;
import com.csdesk.web.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The warehouse's tasks (仓库任务) from agents' changes to paid orders, and their confirmation. */
@RestController
@Validated
@RequestMapping("/api/desk/v1/warehouse")
@Tag(name = "Desk: warehouse")
@SecurityRequirement(name = "basic")
class DeskWarehouseController {

    private final OrderDesk desk;
    private final Viewer viewer;

    DeskWarehouseController(OrderDesk desk, Viewer viewer) {
        this.desk = desk;
        this.viewer = viewer;
    }

    @GetMapping("/tasks")
    @PreAuthorize("hasRole('WAREHOUSE')")
    @Operation(summary = "Warehouse tasks: the open ones (default) or all, newest confirmed last")
    List<WarehouseTask> tasks(@RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return desk.warehouseTasks(open, limit).stream().map(t -> OrderMasking.task(t, viewer)).toList();
    }

    @PostMapping("/tasks/{id}/confirm")
    @PreAuthorize("hasRole('WAREHOUSE')")
    @Operation(summary = "Confirm a task has been applied; a task is confirmed once")
    WarehouseTask confirm(@PathVariable long id) {
        return OrderMasking.task(desk.confirmTask(id), viewer);
    }
}
